using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using AiFactory.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiFactory.Analyzers.Fairness
{
    /// <summary>
    /// AIF1002 and AIF1007: a sensitive attribute or the label declared in aifactory.json reaches the model's features,
    /// by name (string, constant, <c>nameof</c>, an input-type member or its <c>[ColumnName]</c>), through
    /// <c>ModelContext</c>, or through transforms whose output is concatenated into the features. One pass serves both
    /// rules because they follow the same columns.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class FeatureColumnAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.SensitiveAttributeAsFeature, Descriptors.LabelAsFeature);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(Start);
        }

        private static void Start(CompilationStartAnalysisContext start)
        {
            MLNetTypes? types = MLNetTypes.TryCreate(start.Compilation);
            if (types == null)
            {
                return;
            }

            ManifestFacts manifest = ManifestFacts.Read(start.Options, start.CancellationToken);
            if (manifest.Sensitive.Count == 0 && manifest.Label == null && types.ModelContext == null)
            {
                return; // nothing is known to be forbidden
            }

            var resolver = new ColumnResolver(types, manifest.Label);
            Compilation compilation = start.Compilation;
            // No cancellation token: a Lazy would keep the cancellation as its value. The work is a declaration-table lookup.
            var rules = new Lazy<Rules>(() => Rules.Create(compilation, manifest, resolver, CancellationToken.None), LazyThreadSafetyMode.ExecutionAndPublication);

            start.RegisterOperationBlockStartAction(block =>
            {
                // Created on the block's first ML.NET column call: most blocks have none and cost nothing more.
                ColumnFlow? flow = null;
                block.RegisterOperationAction(
                    operation =>
                    {
                        if (ColumnFlow.IsRelevant(operation.Operation))
                        {
                            LazyInitializer.EnsureInitialized(ref flow, () => new ColumnFlow(resolver))!.Add(operation.Operation);
                        }
                    },
                    OperationKind.Invocation,
                    OperationKind.ObjectCreation,
                    OperationKind.SimpleAssignment);
                block.RegisterOperationBlockEndAction(end =>
                {
                    if (flow == null)
                    {
                        return;
                    }

                    flow.Complete(LocalValues.Of(end.OperationBlocks));
                    Report(end.ReportDiagnostic, FeatureLeakFinder.Find(flow, rules.Value.Sensitive), Descriptors.SensitiveAttributeAsFeature);
                    Report(end.ReportDiagnostic, FeatureLeakFinder.Find(flow, rules.Value.Label), Descriptors.LabelAsFeature);
                });
            });

            // An input-type member named after a forbidden column and mapped straight onto the features column.
            start.RegisterSymbolAction(
                symbol =>
                {
                    ISymbol member = symbol.Symbol;
                    if (!(rules.Value.Sensitive.Contains(member.Name) || rules.Value.Label.Contains(member.Name))
                        || !string.Equals(resolver.ColumnNameOf(member), ColumnFlow.DefaultFeatures, StringComparison.Ordinal))
                    {
                        return; // the name test first: reading attributes of every member would cost more
                    }

                    var column = new ColumnReference(member.Name, member.Locations[0]);
                    string? sensitive = rules.Value.Sensitive.Describe(column);
                    string? label = rules.Value.Label.Describe(column);
                    if (sensitive != null)
                    {
                        symbol.ReportDiagnostic(Diagnostic.Create(Descriptors.SensitiveAttributeAsFeature, column.Location, sensitive, ColumnFlow.DefaultFeatures));
                    }
                    else if (label != null)
                    {
                        symbol.ReportDiagnostic(Diagnostic.Create(Descriptors.LabelAsFeature, column.Location, label, ColumnFlow.DefaultFeatures));
                    }
                },
                SymbolKind.Property,
                SymbolKind.Field);
        }

        private static readonly ImmutableDictionary<string, string?> OnlyForbidden =
            ImmutableDictionary<string, string?>.Empty.Add(Descriptors.OnlyForbiddenProperty, "true");

        private static void Report(Action<Diagnostic> report, List<FeatureLeak> leaks, DiagnosticDescriptor descriptor)
        {
            foreach (FeatureLeak leak in leaks)
            {
                ImmutableDictionary<string, string?>? properties = leak.OnlyForbidden ? OnlyForbidden : null;
                report(Diagnostic.Create(descriptor, leak.Location, properties, leak.Description, leak.FeatureColumn));
            }
        }

        /// <summary>The forbidden columns of one compilation: built once, on first need.</summary>
        private sealed class Rules
        {
            private Rules(ForbiddenColumns sensitive, ForbiddenColumns label)
            {
                Sensitive = sensitive;
                Label = label;
            }

            public ForbiddenColumns Sensitive { get; }

            public ForbiddenColumns Label { get; }

            public static Rules Create(Compilation compilation, ManifestFacts manifest, ColumnResolver resolver, CancellationToken cancellationToken)
            {
                var sensitive = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                foreach (string name in manifest.Sensitive)
                {
                    sensitive[name] = $"sensitive attribute '{name}' (aifactory.json data.sensitive)";
                }

                var label = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                if (manifest.Label != null)
                {
                    label[manifest.Label] = $"the label '{manifest.Label}' (aifactory.json data.label)";
                }

                string contextLabel = manifest.Label == null ? "the label (ModelContext.Label)" : $"the label '{manifest.Label}' (ModelContext.Label)";
                return new Rules(
                    new ForbiddenColumns(sensitive, Aliases(compilation, sensitive, resolver, cancellationToken), ColumnSource.SensitiveColumns, "the sensitive attributes (ModelContext.SensitiveColumns)"),
                    new ForbiddenColumns(label, Aliases(compilation, label, resolver, cancellationToken), ColumnSource.Label, contextLabel));
            }

            // Members named after a forbidden column whose [ColumnName] loads it under another name: that name is
            // forbidden too. Found through the compiler's declaration table, by name, without binding other code.
            private static Dictionary<string, string> Aliases(Compilation compilation, Dictionary<string, string> names, ColumnResolver resolver, CancellationToken cancellationToken)
            {
                var aliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                if (names.Count == 0)
                {
                    return aliases;
                }

                foreach (ISymbol member in compilation.GetSymbolsWithName(names.ContainsKey, SymbolFilter.Member, cancellationToken))
                {
                    if (member is IPropertySymbol || member is IFieldSymbol)
                    {
                        string column = resolver.ColumnNameOf(member);
                        if (!names.ContainsKey(column) && !string.Equals(column, ColumnFlow.DefaultFeatures, StringComparison.Ordinal))
                        {
                            aliases[column] = member.Name;
                        }
                    }
                }

                return aliases;
            }
        }
    }
}
