// jsii talks to one Node process per test process over a pipe; parallel tests interleave its
// protocol and fail at random (DESIGN.md). Each test class synthesizes once, in its fixture.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
