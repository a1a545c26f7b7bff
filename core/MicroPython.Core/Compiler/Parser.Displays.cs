using System.Collections.Generic;
using MicroPython.Compiler.Ast;

namespace MicroPython.Compiler;

public sealed partial class Parser
{
    // Bracketed atoms — tuples, lists, dicts, sets — and the comprehensions that can replace their items.

    /// <summary>'(' … ')': empty tuple, yield, parenthesised expression, tuple or generator expression.</summary>
    private Expr ParseParenthesized()
    {
        Token open = Advance();
        EnterNesting();
        Expr result;
        if (Kind == TokenKind.RightParen)
        {
            result = At(new Tuple(new List<Expr>(), ExprContext.Load) { Parenthesized = true }, open);
        }
        else if (Kind == TokenKind.Yield)
        {
            result = ParseYieldExpression();
        }
        else
        {
            Expr first = ParseStarNamedExpression();
            if (IsComprehensionStart)
            {
                RejectStarredElement(first);
                result = ParseComprehension(ComprehensionKind.Generator, first, null, open);
            }
            else if (Kind == TokenKind.Comma)
            {
                var elts = new List<Expr> { first };
                while (Accept(TokenKind.Comma) && Kind != TokenKind.RightParen)
                {
                    elts.Add(ParseStarNamedExpression());
                }

                result = At(new Tuple(elts, ExprContext.Load) { Parenthesized = true }, open);
            }
            else
            {
                result = first;
            }
        }

        Expect(TokenKind.RightParen);
        ExitNesting();
        return result;
    }

    private Expr ParseListDisplay()
    {
        Token open = Advance();
        EnterNesting();
        var elts = new List<Expr>();
        Expr result;
        if (Kind == TokenKind.RightBracket)
        {
            result = At(new ListDisplay(elts, ExprContext.Load), open);
        }
        else
        {
            Expr first = ParseStarNamedExpression();
            if (IsComprehensionStart)
            {
                RejectStarredElement(first);
                result = ParseComprehension(ComprehensionKind.List, first, null, open);
            }
            else
            {
                elts.Add(first);
                while (Accept(TokenKind.Comma) && Kind != TokenKind.RightBracket)
                {
                    elts.Add(ParseStarNamedExpression());
                }

                result = At(new ListDisplay(elts, ExprContext.Load), open);
            }
        }

        Expect(TokenKind.RightBracket);
        ExitNesting();
        return result;
    }

    private Expr ParseDictOrSetDisplay()
    {
        Token open = Advance();
        EnterNesting();
        Expr result;
        if (Kind == TokenKind.RightBrace)
        {
            result = At(new Dict(new List<Expr?>(), new List<Expr>()), open);
        }
        else if (Kind == TokenKind.DoubleStar)
        {
            var keys = new List<Expr?>();
            var values = new List<Expr>();
            Advance();
            keys.Add(null);
            values.Add(ParseBitOr());
            ParseDictItems(keys, values);
            result = At(new Dict(keys, values), open);
        }
        else
        {
            Expr first = ParseStarNamedExpression();
            if (Accept(TokenKind.Colon))
            {
                RejectStarredElement(first);
                Expr value = ParseTest();
                if (IsComprehensionStart)
                {
                    result = ParseComprehension(ComprehensionKind.Dict, first, value, open);
                }
                else
                {
                    var keys = new List<Expr?> { first };
                    var values = new List<Expr> { value };
                    ParseDictItems(keys, values);
                    result = At(new Dict(keys, values), open);
                }
            }
            else if (IsComprehensionStart)
            {
                RejectStarredElement(first);
                result = ParseComprehension(ComprehensionKind.Set, first, null, open);
            }
            else
            {
                var elts = new List<Expr> { first };
                while (Accept(TokenKind.Comma) && Kind != TokenKind.RightBrace)
                {
                    Expr elt = ParseStarNamedExpression();
                    if (Accept(TokenKind.Colon))
                    {
                        Defer(elt, "expecting just a value for set");
                        ParseTest();
                    }

                    elts.Add(elt);
                }

                result = At(new SetDisplay(elts), open);
            }
        }

        Expect(TokenKind.RightBrace);
        ExitNesting();
        return result;
    }

    /// <summary>The ", key: value" and ", **mapping" items after the first item of a dict display.</summary>
    private void ParseDictItems(List<Expr?> keys, List<Expr> values)
    {
        while (Accept(TokenKind.Comma) && Kind != TokenKind.RightBrace)
        {
            if (Accept(TokenKind.DoubleStar))
            {
                keys.Add(null);
                values.Add(ParseBitOr());
                continue;
            }

            Expr key = ParseTest();
            if (Accept(TokenKind.Colon))
            {
                keys.Add(key);
                values.Add(ParseTest());
            }
            else
            {
                Defer(key, "expecting key:value for dict");
                keys.Add(key);
                values.Add(key);
            }
        }
    }

    private bool IsComprehensionStart => Kind == TokenKind.For || (Kind == TokenKind.Async && PeekKind() == TokenKind.For);

    /// <summary>"[*a for a in b]": unpacking cannot be a comprehension element.</summary>
    private void RejectStarredElement(Expr element)
    {
        if (element is Starred)
        {
            throw Error(element.Line, InvalidSyntax);
        }
    }

    /// <summary>One or more <c>[async] for targets in disjunction (if disjunction)*</c> clauses.</summary>
    private ComprehensionExpr ParseComprehension(ComprehensionKind kind, Expr element, Expr? value, in Token start)
    {
        var generators = new List<Comprehension>();
        while (IsComprehensionStart)
        {
            Token forToken = Current;
            bool isAsync = Accept(TokenKind.Async);
            Expect(TokenKind.For);
            Expr target = ParseTargetList();
            SetAssignTarget(target);
            Expect(TokenKind.In);
            Expr iter = ParseOr();
            var ifs = new List<Expr>();
            while (Accept(TokenKind.If))
            {
                ifs.Add(ParseOr());
            }

            generators.Add(At(new Comprehension(target, iter, ifs, isAsync), forToken));
        }

        return At(new ComprehensionExpr(kind, element, value, generators), start);
    }
}
