// One s3rver for the assembly, and tests that count every object in it: run them one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
