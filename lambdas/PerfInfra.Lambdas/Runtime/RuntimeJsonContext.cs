using System.Text.Json.Serialization;

namespace PerfInfra.Lambdas.Runtime;

/// <summary>Source-generated JSON for the runtime's own documents (no reflection under Native AOT).</summary>
[JsonSerializable(typeof(RuntimeError))]
internal sealed partial class RuntimeJsonContext : JsonSerializerContext;
