using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AiFactory.Analyzers.Infrastructure
{
    /// <summary>Where a diagnostic's squiggle goes.</summary>
    internal static class SyntaxLocations
    {
        /// <summary>
        /// The called method's name (<c>TrainTestSplit</c> in <c>ml.Data.TrainTestSplit(data)</c>), so that the squiggle
        /// does not cover a whole fluent chain; the code fixes find the call again from it.
        /// </summary>
        public static Location MethodName(IInvocationOperation invocation)
        {
            if (invocation.Syntax is InvocationExpressionSyntax call)
            {
                switch (call.Expression)
                {
                    case MemberAccessExpressionSyntax member:
                        return member.Name.GetLocation();
                    case MemberBindingExpressionSyntax binding:
                        return binding.Name.GetLocation();
                    case SimpleNameSyntax name:
                        return name.GetLocation();
                }
            }

            return invocation.Syntax.GetLocation();
        }
    }
}
