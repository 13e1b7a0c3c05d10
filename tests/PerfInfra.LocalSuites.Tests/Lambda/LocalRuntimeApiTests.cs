using System.Net;
using PerfInfra.LocalSuites.Lambda;

namespace PerfInfra.LocalSuites.Tests.Lambda;

/// <summary>The local Runtime API over real HTTP, driven as a custom runtime drives it.</summary>
public sealed class LocalRuntimeApiTests
{
    private const string Arn = "arn:aws:lambda:us-east-1:000000000000:function:plan";

    private static LocalRuntimeApi CreateSut() => new(TimeProvider.System, Arn, TimeSpan.FromSeconds(30));

    [Fact]
    public async Task Next_QueuedEvent_DeliveredWithTheRuntimeHeadersAndAnsweredByResponse()
    {
        await using var api = CreateSut();
        using var http = new HttpClient { BaseAddress = new Uri($"http://{api.Address}{LocalRuntimeApi.VersionPrefix}") };
        var outcome = api.InvokeAsync("""{"hello":1}""");

        using var next = await http.GetAsync("invocation/next");
        var id = next.Headers.GetValues("Lambda-Runtime-Aws-Request-Id").Single();
        using var answer = await http.PostAsync($"invocation/{id}/response", new StringContent("""{"ok":true}"""));

        Assert.Equal("""{"hello":1}""", await next.Content.ReadAsStringAsync());
        Assert.Equal(Arn, next.Headers.GetValues("Lambda-Runtime-Invoked-Function-Arn").Single());
        Assert.True(long.Parse(next.Headers.GetValues("Lambda-Runtime-Deadline-Ms").Single(), System.Globalization.CultureInfo.InvariantCulture) > DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        Assert.StartsWith("Root=1-", next.Headers.GetValues("Lambda-Runtime-Trace-Id").Single(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Accepted, answer.StatusCode);
        var result = await outcome;
        Assert.Equal("""{"ok":true}""", result.Response);
        Assert.True(result.AnsweredAt >= result.DeliveredAt);
        Assert.True(api.FirstNext.IsCompleted);
    }

    [Fact]
    public async Task Error_PostedByTheRuntime_IsTheOutcomeWithItsType()
    {
        await using var api = CreateSut();
        using var http = new HttpClient { BaseAddress = new Uri($"http://{api.Address}{LocalRuntimeApi.VersionPrefix}") };
        var outcome = api.InvokeAsync("{}");
        using var next = await http.GetAsync("invocation/next");
        var id = next.Headers.GetValues("Lambda-Runtime-Aws-Request-Id").Single();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"invocation/{id}/error") { Content = new StringContent("""{"errorMessage":"bad"}""") };
        request.Headers.Add("Lambda-Runtime-Function-Error-Type", "PlanRejected");

        using var answer = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Accepted, answer.StatusCode);
        var result = await outcome;
        Assert.True(result.Failed);
        Assert.Equal("PlanRejected", result.ErrorType);
    }

    [Fact]
    public async Task Response_UnknownRequestId_Is400AsTheServiceAnswers()
    {
        await using var api = CreateSut();
        using var http = new HttpClient { BaseAddress = new Uri($"http://{api.Address}{LocalRuntimeApi.VersionPrefix}") };

        using var answer = await http.PostAsync("invocation/not-a-request/response", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
    }

    [Fact]
    public async Task InitError_Posted_IsReported()
    {
        await using var api = CreateSut();
        using var http = new HttpClient { BaseAddress = new Uri($"http://{api.Address}{LocalRuntimeApi.VersionPrefix}") };

        using var answer = await http.PostAsync("init/error", new StringContent("""{"errorMessage":"REPORT_BUCKET is not set"}"""));

        Assert.Equal(HttpStatusCode.Accepted, answer.StatusCode);
        Assert.Contains("REPORT_BUCKET", await api.InitError, StringComparison.Ordinal);
    }
}
