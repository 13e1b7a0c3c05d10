namespace PerfInfra.Tests; public sealed class Placeholder { [Fact] public void Build_Works() => Assert.Equal(4, 2 + 2); }
