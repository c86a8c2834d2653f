using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiFactory.Analyzers.Infrastructure
{
    /// <summary>Small helpers over Roslyn's operation tree.</summary>
    internal static class Operations
    {
        /// <summary>The operation under any implicit or explicit conversions.</summary>
        public static IOperation WalkDownConversions(this IOperation operation)
        {
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        /// <summary>The argument bound to the parameter named <paramref name="name"/>, or null.</summary>
        public static IArgumentOperation? ArgumentFor(IEnumerable<IArgumentOperation> arguments, string name)
        {
            foreach (IArgumentOperation argument in arguments)
            {
                if (argument.Parameter?.Name == name)
                {
                    return argument;
                }
            }

            return null;
        }

        /// <summary>
        /// True when no value was given: the parameter's default filled in by the compiler, or a literal
        /// <c>null</c>/<c>default</c>.
        /// </summary>
        public static bool IsMissingOrNull(this IArgumentOperation argument)
        {
            if (argument.ArgumentKind == ArgumentKind.DefaultValue)
            {
                return true;
            }

            IOperation value = argument.Value.WalkDownConversions();
            return value.ConstantValue.HasValue && value.ConstantValue.Value == null;
        }

        /// <summary>A local's or parameter's symbol when <paramref name="operation"/> only reads it.</summary>
        public static ISymbol? ReferencedVariable(this IOperation operation)
        {
            switch (operation.WalkDownConversions())
            {
                case ILocalReferenceOperation local:
                    return local.Local;
                case IParameterReferenceOperation parameter:
                    return parameter.Parameter;
                default:
                    return null;
            }
        }
    }
}
