using System.Text.Json.Serialization;
using PerfInfra.DemoPlatform.Admin;
using PerfInfra.DemoPlatform.Auth;
using PerfInfra.DemoPlatform.Carts;
using PerfInfra.DemoPlatform.Catalog;
using PerfInfra.DemoPlatform.Http;
using PerfInfra.DemoPlatform.Orders;

namespace PerfInfra.DemoPlatform.Serialization;

/// <summary>
/// Source-generated JSON for every body the platform reads or writes: no reflection per request, and
/// snake_case on the wire (<c>product_id</c>, <c>cart_id</c>) as the API specifies.
/// Unknown members are rejected so a typo in an admin PUT is an error, not a silent no-op.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(ProductPage))]
[JsonSerializable(typeof(Product))]
[JsonSerializable(typeof(SearchResult))]
[JsonSerializable(typeof(TokenRequest))]
[JsonSerializable(typeof(TokenResponse))]
[JsonSerializable(typeof(AddCartItemRequest))]
[JsonSerializable(typeof(CartView))]
[JsonSerializable(typeof(CheckoutRequest))]
[JsonSerializable(typeof(OrderConfirmation))]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(HealthStatus))]
[JsonSerializable(typeof(SwitchesDocument))]
[JsonSerializable(typeof(SwitchesPatch))]
internal sealed partial class DemoPlatformJsonContext : JsonSerializerContext;
