using System;
using System.Collections.Generic;
using System.IO;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Gates;
using AiFactory.Manifest.Json;
using AiFactory.Manifest.Model;

namespace AiFactory.Manifest.Reading
{
    /// <summary>
    /// Reads and validates aifactory.policy.json (and the aifactory.waivers.json beside it): its gates with the
    /// manifest's own readers, so a policy threshold is checked exactly as a manifest's is.
    /// </summary>
    internal static class PolicyReader
    {
        /// <summary>Validates policy text. No IO: waivers are read by <see cref="ReadFile"/>.</summary>
        /// <param name="policyPath">The policy's path, as diagnostics should name it.</param>
        /// <param name="text">The policy's content.</param>
        public static PolicyReadResult Read(string policyPath, string text)
        {
            if (policyPath == null)
            {
                throw new ArgumentNullException(nameof(policyPath));
            }

            if (text == null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            string fullPath = Path.GetFullPath(policyPath);
            var context = new ReadContext(policyPath, Path.GetDirectoryName(fullPath) ?? fullPath, new ManifestReadOptions()) { IsPolicy = true };
            JsonNode? root = JsonFileText.Parse(context, text);
            GovernancePolicy? policy = null;
            if (root is JsonObject rootObject)
            {
                policy = ReadRoot(context, rootObject);
                policy.FilePath = fullPath;
            }
            else if (root != null)
            {
                context.Error(DiagnosticIds.WrongType,
                    TypeMismatch.Message("the policy", "a JSON object", root, "write { \"gates\": { \"metrics\": { \"auc\": { \"min\": 0.70 } } } }"),
                    context.At(root));
            }

            return new PolicyReadResult(policy, JsonFileText.InFileOrder(context.Diagnostics));
        }

        /// <summary>
        /// Reads the policy file and, when present, the waivers file in its folder
        /// (<see cref="PolicyKeys.WaiversFileName"/>); an unreadable file is AIF2011, one that is not text AIF2001.
        /// </summary>
        public static PolicyReadResult ReadFile(string policyPath)
        {
            string? text = ReadText(policyPath, out Diagnostic? unreadable);
            if (text == null)
            {
                return new PolicyReadResult(null, new[] { unreadable! });
            }

            string waiversPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(policyPath))!, PolicyKeys.WaiversFileName);
            if (!File.Exists(waiversPath))
            {
                return Read(policyPath, text);
            }

            string? waiversText = ReadText(waiversPath, out Diagnostic? waiversUnreadable);
            if (waiversText == null)
            {
                PolicyReadResult read = Read(policyPath, text);
                var diagnostics = new List<Diagnostic>(read.Diagnostics) { waiversUnreadable! };
                return new PolicyReadResult(read.Policy, diagnostics);
            }

            return Read(policyPath, text, waiversPath, waiversText);
        }

        /// <summary>
        /// Validates policy text and the text of its waivers file. No IO: analyzers give both texts from their
        /// AdditionalFiles.
        /// </summary>
        public static PolicyReadResult Read(string policyPath, string text, string waiversPath, string waiversText)
        {
            PolicyReadResult read = Read(policyPath, text);
            var context = new ReadContext(waiversPath, Path.GetDirectoryName(Path.GetFullPath(waiversPath)) ?? "", new ManifestReadOptions());
            IReadOnlyList<Waiver> waivers = WaiversReader.Read(context, waiversText);
            var diagnostics = new List<Diagnostic>(read.Diagnostics);
            diagnostics.AddRange(JsonFileText.InFileOrder(context.Diagnostics));
            if (read.Policy != null)
            {
                read.Policy.WaiversFilePath = Path.GetFullPath(waiversPath);
                read.Policy.Waivers = waivers;
            }

            return new PolicyReadResult(read.Policy, diagnostics);
        }

        private static string? ReadText(string path, out Diagnostic? unreadable)
        {
            unreadable = null;
            try
            {
                return JsonFileText.Decode(path, File.ReadAllBytes(path), out unreadable);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
            {
                unreadable = Diagnostic.Error(DiagnosticIds.ManifestNotFound,
                    $"{path} cannot be read: {e.Message}; make it readable, or remove it", new SourceLocation(path, 0, 0));
                return null;
            }
        }

        private static GovernancePolicy ReadRoot(ReadContext context, JsonObject node)
        {
            var root = new ObjectReader(context, node, "", PolicyKeys.Root);
            var policy = new GovernancePolicy();
            root.String("$schema", allowEmpty: true);

            JsonObject? about = root.Object("policy");
            if (about != null)
            {
                var reader = new ObjectReader(context, about, "policy", PolicyKeys.About);
                policy.Name = reader.String("name")?.Value;
                List<JsonString>? owners = reader.StringArray("owners", allowEmptyItems: false);
                policy.Owners = owners == null ? Array.Empty<string>() : ObjectReader.Values(owners);
            }

            JsonObject? gates = root.Object("gates");
            if (gates != null)
            {
                policy.Gates = ReadGates(context, gates);
            }

            policy.Required = ReadRequired(context, root);

            JsonObject? build = root.Object("build");
            if (build != null)
            {
                policy.BuildLocation = context.At(node.GetProperty("build")!);
                var reader = new ObjectReader(context, build, "build", PolicyKeys.Build);
                policy.DemoteGates = ReadPermission(context, reader, "demoteGates", BuildPermission.Allowed, out SourceLocation? demoteAt);
                policy.DemoteGatesLocation = demoteAt;
                policy.SkipTraining = ReadPermission(context, reader, "skipTraining", BuildPermission.Allowed, out SourceLocation? skipAt);
                policy.SkipTrainingLocation = skipAt;
                policy.OptOut = ReadPermission(context, reader, "optOut", BuildPermission.LocalOnly, out SourceLocation? optOutAt);
                policy.OptOutLocation = optOutAt;
            }

            return policy;
        }

        private static GatesSection ReadGates(ReadContext context, JsonObject gates)
        {
            var kept = new List<JsonProperty>();
            foreach (JsonProperty property in gates.Properties)
            {
                string? refusal = GateSections.Named(property.Name)?.PolicyRefusal;
                if (refusal != null)
                {
                    context.Error(DiagnosticIds.UnknownKey, refusal, context.At(property));
                    continue;
                }

                kept.Add(property);
            }

            // The manifest's own reader, with no data section (a policy knows no columns) and costs assumed (a cost
            // gate applies to the models that declare costs).
            var paths = new DataPaths(context, Array.Empty<string>());
            var inPolicy = new JsonObject(gates.Line, gates.Column, kept);
            GatesSection section = GatesSectionReader.Read(context, inPolicy, paths, labelOnly: false, hasCosts: true, data: null);
            foreach (IGateSection kind in GateSections.All)
            {
                kind.CheckInPolicy(context, section);
            }

            return section;
        }

        private static List<RequiredGate> ReadRequired(ReadContext context, ObjectReader root)
        {
            var required = new List<RequiredGate>();
            List<JsonString>? items = root.StringArray("required", allowEmptyItems: false);
            foreach (JsonString item in items ?? new List<JsonString>())
            {
                if (!Contains(PolicyKeys.RequirablePaths, item.Value))
                {
                    context.Error(DiagnosticIds.InvalidValue,
                        $"required \"{item.Value}\" is not a gate; {Suggestions.DidYouMeanOrList(item.Value, PolicyKeys.RequirablePaths, "gates")}",
                        context.At(item));
                    continue;
                }

                required.Add(new RequiredGate(item.Value, context.At(item)));
            }

            return required;
        }

        private static BuildPermission ReadPermission(ReadContext context, ObjectReader reader, string key, BuildPermission byDefault, out SourceLocation? location)
        {
            location = null;
            JsonString? value = reader.String(key);
            if (value == null)
            {
                return byDefault;
            }

            location = context.At(value);
            string? choice = reader.Choice(reader.KeyPath(key), value, PolicyKeys.Permissions, Array.Empty<string>(), "");
            return choice == "never" ? BuildPermission.Never : choice == "localOnly" ? BuildPermission.LocalOnly
                : choice == "allowed" ? BuildPermission.Allowed : byDefault;
        }

        private static bool Contains(IReadOnlyList<string> values, string value)
        {
            foreach (string candidate in values)
            {
                if (candidate == value)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
