using PerfInfra.Cdk.Settings;

namespace PerfInfra.Cdk.Constructs.DynamoDb;

public sealed record AutoScaledTableProps(DynamoDbSettings Settings);
