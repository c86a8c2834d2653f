using System;

namespace AiFactory.Core.Results.Record
{
    /// <summary>
    /// Marks named values that are keys of the enclosing object itself (a group's rates beside its counts, a grouping's
    /// disparities beside its reference group), not an object of their own.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property)]
    internal sealed class InlineKeysAttribute : Attribute
    {
    }
}
