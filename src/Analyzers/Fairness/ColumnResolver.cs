using System.Collections.Generic;
using AiFactory.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiFactory.Analyzers.Fairness
{
    /// <summary>
    /// Finds the column names an expression stands for: string constants, <c>nameof(Input.Member)</c> (with its
    /// <c>[ColumnName]</c>), arrays of those (also through a local that is never reassigned), and the factory's
    /// <c>ModelContext.Label</c> and <c>ModelContext.SensitiveColumns</c>.
    /// </summary>
    internal sealed class ColumnResolver
    {
        /// <summary>The name that stands for the label when the manifest gives none.</summary>
        public const string UnknownLabel = "\u0001label";

        /// <summary>The name that stands for "a sensitive attribute" named through ModelContext.SensitiveColumns.</summary>
        public const string AnySensitive = "\u0001sensitive";

        private const int MaxDepth = 4;

        // OperationKind.CollectionExpression of the compiler that loads the analyzer (None before Roslyn 4.9).
        private static readonly OperationKind CollectionExpressionKind =
            System.Enum.TryParse("CollectionExpression", out OperationKind kind) ? kind : OperationKind.None;
        private readonly MLNetTypes _types;
        private readonly string _label;

        /// <summary>Creates a resolver.</summary>
        public ColumnResolver(MLNetTypes types, string? label)
        {
            _types = types;
            _label = label ?? UnknownLabel;
        }

        /// <summary>The columns a string or string-collection value names (those that can be known).</summary>
        public void ResolveMany(IOperation value, LocalValues locals, List<ColumnReference> into) => ResolveMany(value, locals, into, 0);

        /// <summary>The column a string value names, or null when it cannot be known.</summary>
        public ColumnReference? Resolve(IOperation value, LocalValues locals) => Resolve(value, locals, 0);

        /// <summary>The data view column name of an input-type member: its [ColumnName], else its own name.</summary>
        public string ColumnNameOf(ISymbol member)
        {
            foreach (AttributeData attribute in member.GetAttributes())
            {
                if (_types.ColumnNameAttribute != null
                    && SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _types.ColumnNameAttribute)
                    && attribute.ConstructorArguments.Length == 1
                    && attribute.ConstructorArguments[0].Value is string name)
                {
                    return name;
                }
            }

            return member.Name;
        }

        private void ResolveMany(IOperation value, LocalValues locals, List<ColumnReference> into, int depth)
        {
            value = value.WalkDownConversions();
            if (depth > MaxDepth)
            {
                return;
            }

            switch (value)
            {
                case IArrayCreationOperation array when array.Initializer != null:
                    foreach (IOperation element in array.Initializer.ElementValues)
                    {
                        Add(into, Resolve(element, locals, depth + 1));
                    }

                    return;
                case ILocalReferenceOperation local:
                    IOperation? initial = locals.StableValue(local.Local);
                    if (initial != null)
                    {
                        ResolveMany(initial, locals, into, depth + 1);
                    }

                    return;
                case IInvocationOperation call when IsSensitiveColumnsCopy(call):
                    into.Add(new ColumnReference(AnySensitive, call.Syntax.GetLocation(), source: ColumnSource.SensitiveColumns));
                    return;
                case IPropertyReferenceOperation property when IsModelContextMember(property, "SensitiveColumns"):
                    into.Add(new ColumnReference(AnySensitive, property.Syntax.GetLocation(), source: ColumnSource.SensitiveColumns));
                    return;
            }

            ColumnReference? single = Resolve(value, locals, depth + 1);
            if (single != null)
            {
                into.Add(single);
                return;
            }

            // A collection expression ["a", "b"] (its operation kind is newer than the Roslyn this is built against).
            if (value.Kind == OperationKind.None || value.Kind == CollectionExpressionKind)
            {
                foreach (IOperation child in value.ChildOperations)
                {
                    Add(into, Resolve(child, locals, depth + 1));
                }
            }
        }

        private ColumnReference? Resolve(IOperation value, LocalValues locals, int depth)
        {
            value = value.WalkDownConversions();
            if (depth > MaxDepth)
            {
                return null;
            }

            switch (value)
            {
                case INameOfOperation nameOf:
                    ISymbol? member = (nameOf.Argument as IMemberReferenceOperation)?.Member;
                    if (member is IPropertySymbol || member is IFieldSymbol)
                    {
                        return new ColumnReference(ColumnNameOf(member), value.Syntax.GetLocation(), member.Name);
                    }

                    break;
                case IPropertyReferenceOperation property when IsModelContextMember(property, "Label"):
                    return new ColumnReference(_label, value.Syntax.GetLocation(), source: ColumnSource.Label);
                case IPropertyReferenceOperation indexer when indexer.Property.IsIndexer && indexer.Instance != null
                    && indexer.Instance.WalkDownConversions() is IPropertyReferenceOperation list && IsModelContextMember(list, "SensitiveColumns"):
                    return new ColumnReference(AnySensitive, value.Syntax.GetLocation(), source: ColumnSource.SensitiveColumns);
                case ILocalReferenceOperation local when !(value.ConstantValue.HasValue):
                    IOperation? initial = locals.StableValue(local.Local);
                    return initial == null ? null : Resolve(initial, locals, depth + 1) is ColumnReference found
                        ? new ColumnReference(found.Name, value.Syntax.GetLocation(), found.MemberName, found.Source)
                        : null;
            }

            return value.ConstantValue.HasValue && value.ConstantValue.Value is string name
                ? new ColumnReference(name, value.Syntax.GetLocation())
                : null;
        }

        // context.SensitiveColumns.ToArray() / .ToList()
        private bool IsSensitiveColumnsCopy(IInvocationOperation call)
        {
            if (call.TargetMethod.Name != "ToArray" && call.TargetMethod.Name != "ToList")
            {
                return false;
            }

            IOperation? source = call.Instance ?? (call.Arguments.Length > 0 ? call.Arguments[0].Value : null);
            return source?.WalkDownConversions() is IPropertyReferenceOperation property && IsModelContextMember(property, "SensitiveColumns");
        }

        private bool IsModelContextMember(IPropertyReferenceOperation property, string name) =>
            property.Property.Name == name
            && _types.ModelContext != null
            && SymbolEqualityComparer.Default.Equals(property.Property.ContainingType, _types.ModelContext);

        private static void Add(List<ColumnReference> into, ColumnReference? reference)
        {
            if (reference != null)
            {
                into.Add(reference);
            }
        }
    }
}
