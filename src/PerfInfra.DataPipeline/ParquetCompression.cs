namespace PerfInfra.DataPipeline;

/// <summary>Parquet codecs Athena reads. The curated tables declare SNAPPY (parquet.compression).</summary>
public enum ParquetCompression
{
    Snappy,
    Zstd,
    Gzip,
    Uncompressed,
}
