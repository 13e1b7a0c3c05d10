namespace PerfInfra.PipelineJob;

/// <summary>
/// What the process's exit code means. Any non-zero code makes AWS Batch mark the job FAILED (and retry
/// it up to the job definition's attempts); the state machine catches that. A person reading the job's
/// log tells the cases apart by the code and the one error line.
/// </summary>
internal static class JobExitCodes
{
    public const int Succeeded = 0;

    /// <summary>The run broke: S3 unreachable or refusing, a disk or DuckDB error, interrupted.</summary>
    public const int Failed = 1;

    /// <summary>Bad input: an unknown command or flag, a missing or invalid environment variable. Nothing was written.</summary>
    public const int InvalidInput = 2;

    /// <summary>The run finished but the curated table does not hold exactly the records sent.</summary>
    public const int VerificationFailed = 3;
}
