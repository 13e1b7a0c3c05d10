using Amazon.CDK;
using Amazon.CDK.AWS.CloudFront;
using Amazon.CDK.AWS.CloudFront.Origins;
using Amazon.CDK.AWS.S3;
using Constructs;
using PerfInfra.Cdk.Constructs.Security;
using PerfInfra.Cdk.Settings;

namespace PerfInfra.Cdk.Constructs.Cdn;

/// <summary>
/// CloudFront for the frontend's assets: a private bucket reachable only through origin access control,
/// gzip/brotli compression, HTTPS only, a long-lived cache policy for fingerprinted /static/* files and
/// the seed's 5-minute class for documents, and standard logs.
/// </summary>
public sealed class FrontendDistribution : Construct
{
    private readonly CdnSettings _settings;

    public FrontendDistribution(Construct scope, string id, FrontendDistributionProps props)
        : base(scope, id)
    {
        _settings = props.Settings;
        AssetsBucket = new SecureBucket(this, "Assets", new SecureBucketProps(props.LogsBucket)).Bucket;
        Distribution = BuildDistribution(props.LogsBucket);
        SuppressAcceptedFindings();
    }

    public IBucket AssetsBucket { get; }

    public Distribution Distribution { get; }

    private Distribution BuildDistribution(IBucket logs)
    {
        var origin = S3BucketOrigin.WithOriginAccessControl(AssetsBucket);
        var documents = new CachePolicy(this, "DocumentCache", new CachePolicyProps
        {
            Comment = "PerfInfra documents: semi-static TTL",
            DefaultTtl = Duration.Seconds(_settings.DocumentDefaultTtlSeconds),
            MinTtl = Duration.Seconds(0),
            MaxTtl = Duration.Seconds(_settings.DocumentDefaultTtlSeconds),
            EnableAcceptEncodingGzip = true,
            EnableAcceptEncodingBrotli = true,
        });
        var staticAssets = new CachePolicy(this, "StaticAssetCache", new CachePolicyProps
        {
            Comment = "PerfInfra fingerprinted assets: cached for up to a year",
            DefaultTtl = Duration.Seconds(_settings.StaticAssetsDefaultTtlSeconds),
            MinTtl = Duration.Seconds(0),
            MaxTtl = Duration.Seconds(_settings.StaticAssetsMaxTtlSeconds),
            EnableAcceptEncodingGzip = true,
            EnableAcceptEncodingBrotli = true,
        });
        return new Distribution(this, "Distribution", new DistributionProps
        {
            Comment = "PerfInfra frontend assets",
            DefaultRootObject = "index.html",
            PriceClass = Enum.Parse<PriceClass>(_settings.PriceClass.Replace("PriceClass_", "PRICE_CLASS_", StringComparison.Ordinal).ToUpperInvariant()),
            HttpVersion = HttpVersion.HTTP2_AND_3,
            EnableLogging = true,
            LogBucket = logs,
            LogFilePrefix = "cloudfront/",
            DefaultBehavior = new BehaviorOptions
            {
                Origin = origin,
                Compress = true,
                ViewerProtocolPolicy = ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
                CachePolicy = documents,
            },
            AdditionalBehaviors = new Dictionary<string, IBehaviorOptions>
            {
                ["/static/*"] = new BehaviorOptions
                {
                    Origin = origin,
                    Compress = true,
                    ViewerProtocolPolicy = ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
                    CachePolicy = staticAssets,
                },
            },
        });
    }

    private void SuppressAcceptedFindings()
    {
        NagSuppressions.AddToResource(Distribution,
            new NagSuppression("AwsSolutions-CFR1", "Public storefront assets are served worldwide; there is no market to geo-restrict."),
            new NagSuppression("AwsSolutions-CFR2", "Static, public, read-only assets behind OAC; a WAF web ACL is the adopter's edge decision."),
            new NagSuppression("AwsSolutions-CFR4",
                "The reference distribution uses the default cloudfront.net certificate, which fixes the minimum TLS policy; a custom domain with TLSv1.2_2021 is set by adopters."));
    }
}
