namespace PerfInfra.PipelineJob.Storage;

/// <summary>One object as S3 lists it.</summary>
internal sealed record StoredObject(string Key, long Size);
