using PerfInfra.DataPipeline;

namespace PerfInfra.PipelineJob.Conversion;

/// <summary>One raw CSV object after conversion: its key and size, its data lines, and the Parquet batch it became.</summary>
internal sealed record ConvertedObject(string RawKey, long RawBytes, long CsvRows, ConvertedBatch Batch);
