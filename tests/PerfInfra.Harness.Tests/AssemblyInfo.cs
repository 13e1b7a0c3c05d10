// One jsii process, one s3rver, one demo platform: the runs share them and must not overlap.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
