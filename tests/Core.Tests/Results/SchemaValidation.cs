using AiFactory.Core.Tests.IO;
using NJsonSchema;

namespace AiFactory.Core.Tests.Results;

/// <summary>Validates text against schema/results.schema.json with NJsonSchema.</summary>
internal static class SchemaValidation
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFileAsync(RepositoryLayout.Schema("results.schema.json")).GetAwaiter().GetResult());

    public static IReadOnlyList<string> Errors(string json) =>
        Schema.Value.Validate(json).Select(e => e.ToString()).ToArray();
}
