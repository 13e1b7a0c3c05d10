using PerfInfra.Cdk.Settings;

namespace PerfInfra.Cdk.Constructs.Lambda;

/// <param name="AssetsDirectory">Folder holding <c>functions/</c> and <c>shared-layer/</c> (copied next to the app's binaries).</param>
public sealed record OptimizedFunctionsProps(LambdaSettings Settings, string AssetsDirectory);
