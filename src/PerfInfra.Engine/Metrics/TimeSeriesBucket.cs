namespace PerfInfra.Engine.Metrics;

/// <summary>
/// One second of a scenario: requests and errors that completed in it and the latency histogram of
/// its successful requests. <see cref="UnixSecond"/> aligns buckets of different workers for the merge.
/// </summary>
public sealed record TimeSeriesBucket(long UnixSecond, long Requests, long Errors, EncodedHistogram Latency);
