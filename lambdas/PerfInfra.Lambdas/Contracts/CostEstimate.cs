namespace PerfInfra.Lambdas.Contracts;

/// <summary>What the run cost on AWS, estimated from its own figures and the configured prices (not a bill).</summary>
internal sealed record CostEstimate(double LambdaGbSeconds, long LambdaRequests, long StateTransitions, long S3Requests, double EstimatedUsd, string Note);
