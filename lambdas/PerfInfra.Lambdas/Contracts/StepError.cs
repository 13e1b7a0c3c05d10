using System.Text.Json;

namespace PerfInfra.Lambdas.Contracts;

/// <summary>What a Step Functions Catch puts at its ResultPath: the error name and its cause (often the Lambda's error JSON).</summary>
internal sealed record StepError(string? Error, string? Cause)
{
    /// <summary>
    /// "Error: message" for a person: when the cause is a Lambda error document (what Step Functions puts
    /// there for a function error), only its errorMessage, never its stack trace.
    /// </summary>
    public string Describe()
    {
        var cause = Cause ?? string.Empty;
        if (cause.StartsWith('{'))
        {
            try
            {
                using var json = JsonDocument.Parse(cause);
                if (json.RootElement.ValueKind == JsonValueKind.Object
                    && json.RootElement.TryGetProperty("errorMessage", out var message) && message.ValueKind == JsonValueKind.String)
                {
                    cause = message.GetString()!;
                }
            }
            catch (JsonException)
            {
                // Not a Lambda error document: the cause is shown as it came.
            }
        }

        return $"{Error ?? "error"}: {cause}";
    }
}
