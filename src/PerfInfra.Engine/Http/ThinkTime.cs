namespace PerfInfra.Engine.Http;

/// <summary>
/// A pause a virtual user takes between steps or iterations, drawn uniformly from [Min, Max].
/// <see cref="None"/> is the default of quick mode (hey/wrk style: no pause).
/// </summary>
public readonly record struct ThinkTime(TimeSpan Min, TimeSpan Max)
{
    public static ThinkTime None { get; } = new(TimeSpan.Zero, TimeSpan.Zero);

    public static ThinkTime Fixed(TimeSpan value) => new(value, value);

    public bool IsNone => Max <= TimeSpan.Zero;

    /// <summary>Draws one pause; <paramref name="unit"/> is a uniform sample in [0, 1).</summary>
    public TimeSpan Sample(double unit) =>
        Min + TimeSpan.FromTicks((long)((Max - Min).Ticks * unit));
}
