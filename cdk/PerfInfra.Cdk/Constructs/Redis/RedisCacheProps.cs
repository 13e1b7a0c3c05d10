using Amazon.CDK.AWS.EC2;
using PerfInfra.Cdk.Settings;

namespace PerfInfra.Cdk.Constructs.Redis;

public sealed record RedisCacheProps(RedisSettings Settings, IVpc Vpc);
