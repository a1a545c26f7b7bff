using System;
using System.Collections.Generic;
using System.Text;
using MicroPython.Compiler.Ast;

namespace MicroPython.Compiler;

public sealed partial class Parser
{
    /// <summary>
    /// A run of adjacent string literals, joined: str+str → str constant, bytes+bytes → bytes constant, anything
    /// with an f-string → <see cref="JoinedStr"/> whose neighbouring literal text is merged into single constants.
    /// </summary>
    private Expr ParseStrings()
    {
        Token first = Current;
        var literal = (StringLiteral)first.Value!;
        if (PeekKind() != TokenKind.String && literal.Kind != StringLiteralKind.FString)
        {
            Advance();
            return literal.Kind == StringLiteralKind.Bytes
                ? At(new Constant(ConstantKind.Bytes, literal.Bytes), first)
                : At(new Constant(ConstantKind.Str, literal.Text), first);
        }

        bool anyBytes = false;
        bool anyText = false;
        bool anyFString = false;
        for (int i = _pos; i < _tokens.Length && _tokens[i].Kind == TokenKind.String; i++)
        {
            switch (((StringLiteral)_tokens[i].Value!).Kind)
            {
                case StringLiteralKind.Bytes:
                    anyBytes = true;
                    break;
                case StringLiteralKind.Str:
                    anyText = true;
                    break;
                default:
                    anyFString = true;
                    break;
            }
        }

        if (anyBytes && (anyText || anyFString))
        {
            throw Error(first.Line, "cannot mix bytes and nonbytes literals");
        }

        if (anyBytes)
        {
            var bytes = new List<byte>();
            while (Kind == TokenKind.String)
            {
                bytes.AddRange(((StringLiteral)Advance().Value!).Bytes!);
            }

            return At(new Constant(ConstantKind.Bytes, bytes.ToArray()), first);
        }

        var pending = new StringBuilder();
        if (!anyFString)
        {
            while (Kind == TokenKind.String)
            {
                pending.Append(((StringLiteral)Advance().Value!).Text);
            }

            return At(new Constant(ConstantKind.Str, pending.ToString()), first);
        }

        var parts = new List<Expr>();
        while (Kind == TokenKind.String)
        {
            // The f-string is processed before moving on, so its errors come before those of later tokens.
            Token token = Current;
            var part = (StringLiteral)token.Value!;
            if (part.Kind == StringLiteralKind.FString)
            {
                ParseFString(token, part, parts, pending);
            }
            else
            {
                pending.Append(part.Text);
            }

            Advance();
        }

        FlushLiteral(parts, pending, first);
        return At(new JoinedStr(parts), first);
    }

    private static void FlushLiteral(List<Expr> parts, StringBuilder pending, in Token token)
    {
        if (pending.Length > 0)
        {
            parts.Add(At(new Constant(ConstantKind.Str, pending.ToString()), token));
            pending.Clear();
        }
    }
}
