using System.Collections.Generic;
using MicroPython.Compiler.Ast;

namespace MicroPython.Compiler;

public sealed partial class Parser
{
    // Compound statements: if/elif/else, while, for, try, with, def, class, decorators and their async forms.

    private If ParseIf()
    {
        Token start = Advance();
        Expr test = ParseNamedExpression();
        List<Stmt> body = ParseColonSuite();
        var orElse = new List<Stmt>();
        var root = At(new If(test, body, orElse), start);

        // elif chains are built iteratively: each elif is the only statement of the previous else branch.
        while (Kind == TokenKind.Elif)
        {
            Token elifToken = Advance();
            Expr elifTest = ParseNamedExpression();
            List<Stmt> elifBody = ParseColonSuite();
            var elifElse = new List<Stmt>();
            orElse.Add(At(new If(elifTest, elifBody, elifElse), elifToken));
            orElse = elifElse;
        }

        if (Accept(TokenKind.Else))
        {
            orElse.AddRange(ParseColonSuite());
        }

        return root;
    }

    private While ParseWhile()
    {
        Token start = Advance();
        Expr test = ParseNamedExpression();
        List<Stmt> body = ParseColonSuite();
        List<Stmt> orElse = Accept(TokenKind.Else) ? ParseColonSuite() : new List<Stmt>();
        return At(new While(test, body, orElse), start);
    }

    private For ParseFor(Token? asyncToken)
    {
        Token start = asyncToken ?? Current;
        Expect(TokenKind.For);
        Expr target = ParseTargetList();
        SetAssignTarget(target);
        Expect(TokenKind.In);
        Expr iter = ParseStarExpressions();
        RejectBareStarred(iter);
        List<Stmt> body = ParseColonSuite();
        List<Stmt> orElse = Accept(TokenKind.Else) ? ParseColonSuite() : new List<Stmt>();
        return At(new For(target, iter, body, orElse, asyncToken is not null), start);
    }

    private Try ParseTry()
    {
        Token start = Advance();
        List<Stmt> body = ParseColonSuite();
        var handlers = new List<ExceptHandler>();
        while (Kind == TokenKind.Except)
        {
            Token exceptToken = Advance();
            Expr? type = null;
            string? name = null;
            if (Kind != TokenKind.Colon)
            {
                type = ParseTest();
                if (Accept(TokenKind.As))
                {
                    name = ExpectName();
                }
            }

            List<Stmt> handlerBody = ParseColonSuite();
            handlers.Add(At(new ExceptHandler(type, name, handlerBody), exceptToken));
        }

        List<Stmt> orElse = handlers.Count > 0 && Accept(TokenKind.Else) ? ParseColonSuite() : new List<Stmt>();
        bool hasFinally = Accept(TokenKind.Finally);
        List<Stmt> finalBody = hasFinally ? ParseColonSuite() : new List<Stmt>();
        if (handlers.Count == 0 && !hasFinally)
        {
            throw Error();
        }

        return At(new Try(body, handlers, orElse, finalBody), start);
    }

    private With ParseWith(Token? asyncToken)
    {
        Token start = asyncToken ?? Current;
        Expect(TokenKind.With);
        var items = new List<WithItem>();
        if (Kind == TokenKind.LeftParen && IsParenthesizedWithItems())
        {
            // Python 3.9+: "with (a as b, c as d):" — the parentheses group the items, not a tuple.
            Advance();
            do
            {
                if (Kind == TokenKind.RightParen && items.Count > 0)
                {
                    break;
                }

                // "(a := b)" is the same context expression whether read as an item or as a parenthesised expression.
                items.Add(ParseWithItem(allowNamed: true));
            }
            while (Accept(TokenKind.Comma));

            Expect(TokenKind.RightParen);
        }
        else
        {
            do
            {
                items.Add(ParseWithItem(allowNamed: false));
            }
            while (Accept(TokenKind.Comma));
        }

        List<Stmt> body = ParseColonSuite();
        return At(new With(items, body, asyncToken is not null), start);
    }

    private WithItem ParseWithItem(bool allowNamed)
    {
        Token start = Current;
        Expr context = allowNamed ? ParseNamedExpression() : ParseTest();
        Expr? vars = null;
        if (Accept(TokenKind.As))
        {
            vars = ParseStarTarget();
            SetAssignTarget(vars);
        }

        return At(new WithItem(context, vars), start);
    }

    /// <summary>
    /// At '(' after <c>with</c>: true when the matching ')' is directly followed by ':' and the parentheses hold
    /// something other than a generator expression or a yield, i.e. they group with-items.
    /// </summary>
    private bool IsParenthesizedWithItems()
    {
        if (PeekKind() is TokenKind.RightParen or TokenKind.Yield)
        {
            return false;
        }

        int depth = 0;
        for (int i = _pos; i < _tokens.Length; i++)
        {
            switch (_tokens[i].Kind)
            {
                case TokenKind.LeftParen:
                case TokenKind.LeftBracket:
                case TokenKind.LeftBrace:
                    depth++;
                    break;
                case TokenKind.RightParen:
                case TokenKind.RightBracket:
                case TokenKind.RightBrace:
                    if (--depth == 0)
                    {
                        return i + 1 < _tokens.Length && _tokens[i + 1].Kind == TokenKind.Colon;
                    }

                    break;
                case TokenKind.For when depth == 1:
                case TokenKind.Newline:
                case TokenKind.EndOfFile:
                case TokenKind.Error:
                    return false;
            }
        }

        return false;
    }

    private Stmt ParseDecorated()
    {
        var decorators = new List<Expr>();
        while (Accept(TokenKind.At))
        {
            decorators.Add(ParseNamedExpression());
            Expect(TokenKind.Newline);
        }

        return Kind switch
        {
            TokenKind.Def => ParseFunctionDef(decorators, null),
            TokenKind.Class => ParseClassDef(decorators),
            TokenKind.Async => ParseAsync(decorators),
            _ => throw Error(),
        };
    }

    private Stmt ParseAsync(List<Expr> decorators)
    {
        Token asyncToken = Advance();
        return Kind switch
        {
            TokenKind.Def => ParseFunctionDef(decorators, asyncToken),
            TokenKind.For when decorators.Count == 0 => ParseFor(asyncToken),
            TokenKind.With when decorators.Count == 0 => ParseWith(asyncToken),
            _ => throw Error(),
        };
    }

    private FunctionDef ParseFunctionDef(List<Expr> decorators, Token? asyncToken)
    {
        Token defToken = Expect(TokenKind.Def);
        string name = ExpectName();
        Expect(TokenKind.LeftParen);
        Arguments args = ParseParameters(TokenKind.RightParen, allowAnnotations: true);
        Expect(TokenKind.RightParen);
        Expr? returns = Accept(TokenKind.Arrow) ? ParseTest() : null;
        Expect(TokenKind.Colon);
        _blocks.Add(name);
        List<Stmt> body = ParseSuite();
        _blocks.RemoveAt(_blocks.Count - 1);
        return At(new FunctionDef(name, args, body, decorators, returns, asyncToken is not null), asyncToken ?? defToken);
    }

    private ClassDef ParseClassDef(List<Expr> decorators)
    {
        Token classToken = Advance();
        string name = ExpectName();
        var bases = new List<Expr>();
        var keywords = new List<Keyword>();
        if (Accept(TokenKind.LeftParen))
        {
            ParseCallArguments(bases, keywords, allowGenerator: false);
            Expect(TokenKind.RightParen);
        }

        Expect(TokenKind.Colon);
        _blocks.Add(name);
        List<Stmt> body = ParseSuite();
        _blocks.RemoveAt(_blocks.Count - 1);
        return At(new ClassDef(name, bases, keywords, body, decorators), classToken);
    }
}
