using CsCheck;

namespace PerfInfra.DataPipeline.Tests;

public sealed class OrderGeneratorTests
{
    private static readonly DateTime FirstDay = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Create_SameIndex_GivesTheSameOrder()
    {
        var sut = CreateSut("run", 1000);

        Assert.Equal(sut.Create(41), sut.Create(41));
        Assert.NotEqual(sut.Create(41), sut.Create(42));
    }

    [Fact]
    public void Create_AnyRun_IdsArePrefixedOneToNAndTimesStayInTheSevenPartitionDays()
    {
        Gen.Int[1, 5000].Sample(count =>
        {
            var orders = CreateSut("exec-42", count).CreateAll(CancellationToken.None);

            Assert.All(orders, o => Assert.StartsWith("exec-42-", o.OrderId, StringComparison.Ordinal));
            Assert.Equal(OrderGenerator.IdChecksum(count), orders.Sum(o => long.Parse(o.OrderId["exec-42-".Length..], System.Globalization.CultureInfo.InvariantCulture)));
            Assert.All(orders, o => Assert.InRange(o.CreatedAt, FirstDay, new DateTime(2026, 11, 7, 23, 59, 59, DateTimeKind.Utc)));
            Assert.All(orders, o => Assert.InRange(o.TotalCents, 1, 50_000));
        }, iter: 20);
    }

    [Fact]
    public void Create_FirstDayWithATime_StartsAtThatDaysMidnightUtc()
    {
        var sut = new OrderGenerator("run", new DateTime(2026, 3, 9, 17, 45, 0, DateTimeKind.Utc), 10);

        Assert.Equal(new DateTime(2026, 3, 9, 0, 0, 0, DateTimeKind.Utc), sut.Create(0).CreatedAt);
        Assert.Equal(DateTimeKind.Utc, sut.Create(9).CreatedAt.Kind);
    }

    private static OrderGenerator CreateSut(string prefix, long count) => new(prefix, FirstDay, count);
}
