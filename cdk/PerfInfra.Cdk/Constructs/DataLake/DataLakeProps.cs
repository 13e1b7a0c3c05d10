using PerfInfra.Cdk.Settings;

namespace PerfInfra.Cdk.Constructs.DataLake;

public sealed record DataLakeProps(DataLakeSettings Settings);
