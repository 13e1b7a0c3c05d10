using System.Text.RegularExpressions;

namespace PerfInfra.PipelineJob;

/// <summary>Reads a bucket variable: present and shaped like an S3 bucket name, else one error naming the variable.</summary>
internal static partial class BucketName
{
    public static string? Read(JobEnvironment environment, string variable, List<string> errors)
    {
        var value = environment.Get(variable);
        if (value is null)
        {
            errors.Add($"{variable} is not set; expected the bucket name (the job definition sets it)");
            return null;
        }

        if (!Shape().IsMatch(value))
        {
            errors.Add($"{variable} = '{value}' is not an S3 bucket name; expected 3-63 lowercase letters, digits, '.' and '-'");
            return null;
        }

        return value;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")]
    private static partial Regex Shape();
}
