using System.Text.Json.Serialization;

namespace PerfInfra.Lambdas.Runtime;

/// <summary>
/// The error document the Runtime API expects; Step Functions shows errorType as Error and this whole
/// document as Cause. <see cref="IExpectedError"/>s carry no stack trace.
/// </summary>
internal sealed record RuntimeError(
    [property: JsonPropertyName("errorType")] string ErrorType,
    [property: JsonPropertyName("errorMessage")] string ErrorMessage,
    [property: JsonPropertyName("stackTrace")] IReadOnlyList<string> StackTrace)
{
    public static RuntimeError From(Exception exception) => new(
        exception.GetType().Name,
        exception.Message,
        exception is IExpectedError
            ? []
            : (exception.StackTrace ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
