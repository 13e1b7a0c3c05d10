using System.Text.Json;

namespace PerfInfra.Engine.Suites.Pipeline;

/// <summary>
/// Parses Batch jobs in the DescribeJobs shape: one job detail (the output of <c>batch:submitJob.sync</c>,
/// or the JSON in the Cause of its failure) or a DescribeJobs response (<c>{"Jobs": [...]}</c>).
/// Field names are matched case-insensitively (Batch's API is camelCase, Step Functions renders PascalCase).
/// </summary>
public static class BatchJobParser
{
    private const string Root = "BatchJob";

    public static IReadOnlyList<BatchJob> Parse(JsonElement document)
    {
        if (document.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"{Root} must be an object, not {document.ValueKind}");
        }

        if (JsonFields.Optional(document, "Jobs") is { } jobs)
        {
            if (jobs.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidDataException($"{Root}.Jobs must be an array, not {jobs.ValueKind}");
            }

            return jobs.EnumerateArray().Select((job, i) => ParseJob(job, $"{Root}.Jobs[{i}]")).ToList();
        }

        return [ParseJob(document, Root)];
    }

    /// <summary>
    /// The job in a failed <c>.sync</c> task's Cause (Step Functions puts the job's DescribeJobs JSON there);
    /// null when the cause is not that JSON (e.g. a States.Timeout message).
    /// </summary>
    public static BatchJob? ParseCause(string? cause)
    {
        if (string.IsNullOrWhiteSpace(cause))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(cause);
            return document.RootElement.ValueKind == JsonValueKind.Object && JsonFields.Optional(document.RootElement, "JobId") is not null
                ? Parse(document.RootElement)[0]
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static BatchJob ParseJob(JsonElement job, string path)
    {
        if (job.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"{path} must be an object, not {job.ValueKind}");
        }

        return new BatchJob(
            JsonFields.RequiredString(job, "JobId", path),
            JsonFields.OptionalString(job, "JobName", path),
            JsonFields.RequiredString(job, "Status", path),
            JsonFields.OptionalEpochMilliseconds(job, "CreatedAt", path),
            JsonFields.OptionalEpochMilliseconds(job, "StartedAt", path),
            JsonFields.OptionalEpochMilliseconds(job, "StoppedAt", path),
            JsonFields.OptionalString(job, "StatusReason", path));
    }
}
