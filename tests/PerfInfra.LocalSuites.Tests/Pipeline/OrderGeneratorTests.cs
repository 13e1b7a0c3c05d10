using CsCheck;
using PerfInfra.LocalSuites.Pipeline;

namespace PerfInfra.LocalSuites.Tests.Pipeline;

public sealed class OrderGeneratorTests
{
    [Fact]
    public void Create_SameIndex_GivesTheSameOrder()
    {
        Assert.Equal(OrderGenerator.Create(41, 1000), OrderGenerator.Create(41, 1000));
        Assert.NotEqual(OrderGenerator.Create(41, 1000), OrderGenerator.Create(42, 1000));
    }

    [Fact]
    public void Create_AnyRun_IdsAreOneToNAndTimesStayInTheSevenPartitionDays()
    {
        Gen.Int[1, 5000].Sample(count =>
        {
            var orders = Enumerable.Range(0, count).Select(i => OrderGenerator.Create(i, count)).ToList();

            Assert.Equal(OrderGenerator.IdChecksum(count), orders.Sum(o => o.OrderId));
            Assert.All(orders, o => Assert.InRange(o.CreatedAt, new DateTime(2026, 11, 1), new DateTime(2026, 11, 7, 23, 59, 59)));
            Assert.All(orders, o => Assert.InRange(o.TotalCents, 1, 50_000));
        }, iter: 20);
    }
}
