namespace PerfInfra.Engine.Load;

/// <summary>Lock-free "remember the highest value seen", for peak concurrency.</summary>
internal static class InterlockedMax
{
    public static void Update(ref int peak, int value)
    {
        var current = Volatile.Read(ref peak);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref peak, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
