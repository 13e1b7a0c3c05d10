using PerfInfra.DataPipeline;

namespace PerfInfra.PipelineJob.Conversion;

/// <summary>
/// The convert-to-parquet command's input: flags from the job definition's command (or a submit-job
/// override) and the buckets from its environment.
/// </summary>
internal sealed record ConvertToParquetSettings(string SourcePrefix, ParquetCompression Compression, string SourceBucket, string DestinationBucket)
{
    public const string SourcePrefixFlag = "--source-prefix";
    public const string CompressionFlag = "--compression";
    public const string PartitionByFlag = "--partition-by";

    /// <summary>What AWS Batch leaves in a command when submit-job did not give the parameter: <c>Ref::name</c>.</summary>
    private const string UnsubstitutedParameter = "Ref::";

    public static string Usage =>
        $"convert-to-parquet {SourcePrefixFlag} <raw prefix> [{CompressionFlag} snappy|zstd|gzip|uncompressed] [{PartitionByFlag} {OrdersTable.PartitionColumn}]";

    /// <summary>Every problem at once, as one <see cref="JobInputException"/>.</summary>
    public static ConvertToParquetSettings Parse(IReadOnlyList<string> arguments, JobEnvironment environment)
    {
        var errors = new List<string>();
        string? prefix = null;
        var compression = ParquetCompression.Snappy;
        for (var i = 0; i < arguments.Count; i++)
        {
            var flag = arguments[i];
            if (flag is not (SourcePrefixFlag or CompressionFlag or PartitionByFlag))
            {
                errors.Add($"unknown flag '{flag}'; usage: {Usage}");
                continue;
            }

            if (i + 1 >= arguments.Count || arguments[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                errors.Add($"{flag} needs a value; usage: {Usage}");
                continue;
            }

            var value = arguments[++i];
            if (value.StartsWith(UnsubstitutedParameter, StringComparison.Ordinal))
            {
                errors.Add($"{flag} is '{value}': submit the job with --parameters {value[UnsubstitutedParameter.Length..]}=<value>");
                continue;
            }

            switch (flag)
            {
                case SourcePrefixFlag:
                    prefix = ReadPrefix(value, errors);
                    break;
                case CompressionFlag when Enum.TryParse<ParquetCompression>(value, ignoreCase: true, out var codec) && !int.TryParse(value, out _):
                    compression = codec;
                    break;
                case CompressionFlag:
                    errors.Add($"{CompressionFlag} '{value}' is not a Parquet codec; expected snappy (the curated tables' SNAPPY), zstd, gzip or uncompressed");
                    break;
                default:
                    if (value != OrdersTable.PartitionColumn)
                    {
                        errors.Add($"{PartitionByFlag} '{value}' is not the curated tables' partition key; expected {OrdersTable.PartitionColumn}");
                    }

                    break;
            }
        }

        if (prefix is null && !errors.Any(e => e.StartsWith(SourcePrefixFlag, StringComparison.Ordinal)))
        {
            errors.Add($"{SourcePrefixFlag} is missing: which raw prefix of the source bucket to convert; usage: {Usage}");
        }

        var source = BucketName.Read(environment, JobEnvironment.SourceBucket, errors);
        var destination = BucketName.Read(environment, JobEnvironment.DestinationBucket, errors);
        if (errors.Count > 0)
        {
            throw new JobInputException(string.Join("; ", errors));
        }

        return new ConvertToParquetSettings(prefix!, compression, source!, destination!);
    }

    private static string? ReadPrefix(string value, List<string> errors)
    {
        if (value.Length == 0 || value.StartsWith('/') || value.Contains("..", StringComparison.Ordinal))
        {
            errors.Add($"{SourcePrefixFlag} '{value}' is not a key prefix; expected e.g. perfinfra-pipeline/run42/orders/ (no leading '/', no '..')");
            return null;
        }

        return value;
    }
}
