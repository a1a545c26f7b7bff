using System.Collections.Generic;
using MicroPython.Compiler.Ast;

namespace MicroPython.Compiler;

/// <summary>
/// The arguments of a call in the order they were written. The AST keeps positional arguments and keywords in
/// separate lists, but MicroPython pushes them in source order and its errors (<c>positional arg after keyword
/// arg</c>, <c>* arg after **</c>) depend on that order, so the two lists are merged by position.
/// </summary>
internal static class CallArguments
{
    /// <summary>Each item is an <see cref="Expr"/> (positional or <see cref="Starred"/>) or a <see cref="Keyword"/>.</summary>
    public static List<Node> InSourceOrder(List<Expr> args, List<Keyword> keywords)
    {
        var result = new List<Node>(args.Count + keywords.Count);
        int i = 0;
        int k = 0;
        while (i < args.Count || k < keywords.Count)
        {
            if (k >= keywords.Count)
            {
                result.Add(args[i++]);
            }
            else if (i >= args.Count)
            {
                result.Add(keywords[k++]);
            }
            else if (IsBefore(keywords[k], args[i]))
            {
                result.Add(keywords[k++]);
            }
            else
            {
                // Ties (hand-built trees without positions) keep positional arguments first.
                result.Add(args[i++]);
            }
        }

        return result;
    }

    private static bool IsBefore(Node a, Node b) =>
        a.Line < b.Line || (a.Line == b.Line && a.Column < b.Column);
}
