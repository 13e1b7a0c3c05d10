namespace PerfInfra.DemoPlatform.Tests;

public sealed class DemoPlatformSwitchesTests
{
    [Fact]
    public void Setters_ValidValues_ChangeCurrentSnapshot()
    {
        var switches = CreateSut();

        switches.CacheEnabled = false;
        switches.FailureRate = 0.3;
        switches.StallEvery = 10;

        Assert.Equal(CreateSut().Current with { CacheEnabled = false, FailureRate = 0.3, StallEvery = 10 }, switches.Current);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void FailureRate_OutOfRange_ThrowsAndKeepsOldValue(double rate)
    {
        var switches = CreateSut();

        var error = Assert.Throws<ArgumentException>(() => switches.FailureRate = rate);

        Assert.Contains("FailureRate", error.Message);
        Assert.Equal(0, switches.FailureRate);
    }

    [Fact]
    public void CacheEnabled_TurnedOff_RaisesCacheDisabledOnce()
    {
        var switches = CreateSut();
        var raised = 0;
        switches.CacheDisabled += () => raised++;

        switches.CacheEnabled = false;
        switches.CacheEnabled = false;
        switches.CacheEnabled = true;

        Assert.Equal(1, raised);
    }

    [Fact]
    public async Task Update_ConcurrentChanges_NoneLost()
    {
        var switches = CreateSut();
        const int Changes = 1000;

        await Task.WhenAll(Enumerable.Range(0, Changes).Select(_ => Task.Run(() =>
            switches.Update(s => s with { StallEvery = s.StallEvery + 1 }))));

        Assert.Equal(Changes, switches.StallEvery);
    }

    private static DemoPlatformSwitches CreateSut() => new(new DemoPlatformOptions().InitialSwitches);
}
