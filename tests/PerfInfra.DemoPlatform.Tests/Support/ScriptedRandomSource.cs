using PerfInfra.DemoPlatform.Randomness;

namespace PerfInfra.DemoPlatform.Tests.Support;

/// <summary>Returns the given draws in order, then repeats the last one; bytes are a fixed pattern.</summary>
internal sealed class ScriptedRandomSource(params double[] draws) : IRandomSource
{
    private readonly Lock _gate = new();
    private int _next;

    public double NextDouble()
    {
        lock (_gate)
        {
            var value = draws[Math.Min(_next, draws.Length - 1)];
            _next++;
            return value;
        }
    }

    public void NextBytes(Span<byte> buffer) => buffer.Fill(0xAB);
}
