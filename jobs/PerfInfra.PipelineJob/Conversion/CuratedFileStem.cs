using System.Security.Cryptography;
using System.Text;

namespace PerfInfra.PipelineJob.Conversion;

/// <summary>
/// The Parquet file stem for a raw object: its key with every character other than letters, digits, '-'
/// and '_' turned into '-' (perfinfra-pipeline/run42/orders/LOAD00000001.csv → perfinfra-pipeline-run42-orders-LOAD00000001).
/// A function of the key alone, so the run id is in every file name (runs never overwrite each other)
/// and converting the same raw object again replaces its Parquet files instead of duplicating rows.
/// </summary>
internal static class CuratedFileStem
{
    public static string From(string rawKey)
    {
        var withoutExtension = rawKey.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? rawKey[..^4] : rawKey;
        var stem = new string(withoutExtension.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray()).Trim('-');
        if (stem.Length == 0 || stem.Length > JobDefaults.MaxFileStemLength)
        {
            // Keep the start (it holds the run id) and make the whole key's hash tell long keys apart.
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(rawKey)))[..16];
            stem = $"{stem[..Math.Min(stem.Length, JobDefaults.MaxFileStemLength - hash.Length - 1)]}-{hash}".TrimStart('-');
        }

        return stem;
    }
}
