namespace PerfInfra.PipelineJob.Storage;

/// <summary>An S3 call that failed, with the operation, the s3:// address and the endpoint it went to. Exit code 1.</summary>
internal sealed class JobStorageException(string message, Exception inner) : Exception(message, inner);
