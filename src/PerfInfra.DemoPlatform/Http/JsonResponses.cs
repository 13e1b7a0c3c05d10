using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;

namespace PerfInfra.DemoPlatform.Http;

/// <summary>Reads and writes JSON through source-generated metadata: no reflection on the hot path.</summary>
internal static class JsonResponses
{
    public const string ContentType = "application/json; charset=utf-8";

    public static Task WriteAsync<T>(HttpContext context, int status, T value, JsonTypeInfo<T> typeInfo) =>
        WriteBytesAsync(context, status, JsonSerializer.SerializeToUtf8Bytes(value, typeInfo));

    public static Task WriteErrorAsync(HttpContext context, int status, string message) =>
        WriteAsync(context, status, new ErrorResponse(message), Serialization.DemoPlatformJsonContext.Default.ErrorResponse);

    public static Task WriteBytesAsync(HttpContext context, int status, ReadOnlyMemory<byte> body)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = ContentType;
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }

    /// <summary>The body as <typeparamref name="T"/>, or an error message a client can act on.</summary>
    public static async Task<(T? Value, string? Error)> ReadAsync<T>(HttpContext context, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        try
        {
            var value = await JsonSerializer.DeserializeAsync(context.Request.Body, typeInfo, context.RequestAborted);
            return value is null ? (null, "Request body is JSON null; expected an object.") : (value, null);
        }
        catch (JsonException ex)
        {
            return (null, $"Request body is not valid JSON: {ex.Message}");
        }
    }
}
