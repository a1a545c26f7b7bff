using System.Collections.Generic;
using System.Text;
using MicroPython.Compiler.Ast;

namespace MicroPython.Compiler;

/// <summary>
/// MicroPython's lexer turns an f-string into <c>"…".format(args)</c>: each replacement field becomes <c>{}</c>
/// (keeping its <c>!conv</c> and <c>:spec</c>) and its expression becomes the next argument; fields nested in a
/// format spec follow their field's expression. So <c>f"{x!r:>{w}}"</c> is <c>"{!r:>{}}".format(x, w)</c>.
/// </summary>
internal static class FStringLowering
{
    /// <summary>
    /// Builds the format string and its arguments. Literal text is re-escaped (<c>{</c> → <c>{{</c>) because the
    /// parser hands it over already unescaped. With no replacement field the result is the plain literal text and
    /// <paramref name="args"/> is empty (no <c>format</c> call is needed).
    /// </summary>
    public static string Lower(JoinedStr fstring, List<Expr> args)
    {
        bool hasFields = false;
        foreach (Expr part in fstring.Values)
        {
            if (part is FormattedValue)
            {
                hasFields = true;
                break;
            }
        }

        var sb = new StringBuilder();
        foreach (Expr part in fstring.Values)
        {
            if (part is Constant c && c.Value is string text)
            {
                if (hasFields)
                {
                    sb.Append(text.Replace("{", "{{", System.StringComparison.Ordinal).Replace("}", "}}", System.StringComparison.Ordinal));
                }
                else
                {
                    sb.Append(text);
                }
            }
            else if (part is FormattedValue field)
            {
                AppendField(sb, field, args);
            }
        }

        return sb.ToString();
    }

    private static void AppendField(StringBuilder sb, FormattedValue field, List<Expr> args)
    {
        args.Add(field.Value);
        sb.Append('{');
        if (field.Conversion != '\0')
        {
            sb.Append('!').Append(field.Conversion);
        }

        if (field.FormatSpec != null)
        {
            sb.Append(':');
            foreach (Expr part in field.FormatSpec.Values)
            {
                if (part is Constant c && c.Value is string text)
                {
                    sb.Append(text);
                }
                else if (part is FormattedValue nested)
                {
                    AppendField(sb, nested, args);
                }
            }
        }

        sb.Append('}');
    }
}
