namespace PerfInfra.Engine.Load;

/// <summary>Checks shared by the arrival-rate models.</summary>
internal static class OpenModelValidation
{
    public static IEnumerable<string> MaxInFlight(int maxInFlight, double peakRatePerSecond, bool isShard)
    {
        // A shard may carry nothing (0 in flight and rate 0); anything with a rate needs a slot.
        var minimum = isShard && peakRatePerSecond <= 0 ? 0 : 1;
        if (maxInFlight < minimum)
        {
            yield return $"load.max_in_flight: {maxInFlight} is not allowed; use a whole number ≥ {minimum}";
        }
    }
}
