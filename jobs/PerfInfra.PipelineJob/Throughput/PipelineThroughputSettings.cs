using System.Globalization;
using System.Text.RegularExpressions;

namespace PerfInfra.PipelineJob.Throughput;

/// <summary>The pipeline-throughput command's input, from the environment the state machine and the job definition set.</summary>
internal sealed partial record PipelineThroughputSettings(int Records, string RunId, string SourceBucket, string DestinationBucket)
{
    /// <summary>The run's raw CSV prefix in the source bucket.</summary>
    public string RawPrefix => $"{JobDefaults.RawRoot}/{RunId}/orders/";

    /// <summary>Every problem at once, as one <see cref="JobInputException"/>.</summary>
    public static PipelineThroughputSettings Read(JobEnvironment environment)
    {
        var errors = new List<string>();
        var records = ReadRecords(environment.Get(JobEnvironment.Records), errors);
        var runId = ReadRunId(environment.Get(JobEnvironment.RunId), errors);
        var source = BucketName.Read(environment, JobEnvironment.SourceBucket, errors);
        var destination = BucketName.Read(environment, JobEnvironment.DestinationBucket, errors);
        if (errors.Count > 0)
        {
            throw new JobInputException(string.Join("; ", errors));
        }

        return new PipelineThroughputSettings(records, runId!, source!, destination!);
    }

    private static int ReadRecords(string? raw, List<string> errors)
    {
        if (raw is null)
        {
            return JobDefaults.Records;
        }

        if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var records) && records is > 0 and <= JobDefaults.MaxRecords)
        {
            return records;
        }

        errors.Add($"{JobEnvironment.Records} = '{raw}' is not a record count; expected a whole number from 1 to {JobDefaults.MaxRecords:N0} (default {JobDefaults.Records:N0})");
        return 0;
    }

    /// <summary>
    /// The run id goes into S3 keys and, through the state machine, into Athena's
    /// <c>LIKE '&lt;runId&gt;-%'</c>: letters, digits, '-' and '_' only, so neither can be broken out of.
    /// ('_' is LIKE's one-character wildcard; it can only widen the match to ids of the same length, which
    /// another run's prefix of the same shape would need, and execution names are unique.)
    /// </summary>
    private static string? ReadRunId(string? raw, List<string> errors)
    {
        if (raw is null)
        {
            errors.Add($"{JobEnvironment.RunId} is not set; expected the run id (the state machine passes its execution name)");
            return null;
        }

        if (raw.Length > JobDefaults.MaxRunIdLength || !SafeRunId().IsMatch(raw))
        {
            errors.Add($"{JobEnvironment.RunId} = '{raw}' is not a safe run id; expected 1-{JobDefaults.MaxRunIdLength} letters, digits, '-' or '_'");
            return null;
        }

        return raw;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex SafeRunId();
}
