using PerfInfra.Cdk.Settings;

namespace PerfInfra.Cdk.Constructs.Network;

public sealed record NetworkProps(NetworkSettings Settings);
