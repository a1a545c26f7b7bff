using System.Collections.Generic;
using MicroPython.Compiler.Ast;

namespace MicroPython.Compiler;

public sealed partial class Parser
{
    /// <summary>At '(' after a callable: the call with its arguments.</summary>
    private Call ParseCall(Expr func, in Token funcStart)
    {
        Advance();
        EnterNesting();
        var args = new List<Expr>();
        var keywords = new List<Keyword>();
        ParseCallArguments(args, keywords, allowGenerator: true);
        Expect(TokenKind.RightParen);
        ExitNesting();
        return At(new Call(func, args, keywords), funcStart);
    }

    /// <summary>
    /// Arguments up to (not including) ')': positional, <c>*x</c>, <c>name=value</c>, <c>**m</c>, or a lone generator
    /// expression. The AST keeps positional and keyword arguments in separate lists, so the ordering rules
    /// MicroPython's compiler enforces are checked here, with its messages.
    /// </summary>
    private void ParseCallArguments(List<Expr> args, List<Keyword> keywords, bool allowGenerator)
    {
        bool seenKeyword = false;
        bool seenDoubleStar = false;
        while (Kind != TokenKind.RightParen)
        {
            Token start = Current;
            if (Accept(TokenKind.Star))
            {
                Expr value = ParseTest();
                var starred = At(new Starred(value, ExprContext.Load), start);
                if (seenDoubleStar)
                {
                    Defer(starred, "* arg after **");
                }
                else if (seenKeyword)
                {
                    Defer(starred, "* arg after kwarg");
                }

                args.Add(starred);
            }
            else if (Accept(TokenKind.DoubleStar))
            {
                keywords.Add(At(new Keyword(null, ParseTest()), start));
                seenDoubleStar = true;
            }
            else
            {
                Expr e = ParseNamedExpression();
                if (Accept(TokenKind.Equal))
                {
                    Expr value = ParseTest();
                    string name = string.Empty;
                    if (e is Name id)
                    {
                        name = id.Id;
                    }
                    else
                    {
                        Defer(e, "LHS of keyword arg must be an id");
                    }

                    keywords.Add(At(new Keyword(name, value), start));
                    seenKeyword = true;
                }
                else if (IsComprehensionStart)
                {
                    // f(x for x in y): only as the sole argument, and the call's '(' is the genexp's.
                    if (!allowGenerator || args.Count > 0 || keywords.Count > 0)
                    {
                        throw Error();
                    }

                    args.Add(ParseComprehension(ComprehensionKind.Generator, e, null, start));
                    if (Kind != TokenKind.RightParen)
                    {
                        throw Error();
                    }
                }
                else
                {
                    if (seenDoubleStar)
                    {
                        Defer(e, "positional arg after **");
                    }
                    else if (seenKeyword)
                    {
                        Defer(e, "positional arg after keyword arg");
                    }

                    args.Add(e);
                }
            }

            if (!Accept(TokenKind.Comma))
            {
                break;
            }
        }
    }

    /// <summary>
    /// Parameter list of a def (up to ')') or lambda (up to ':'): positional-only before '/', defaults, '*' or
    /// '*args', keyword-only, '**kwargs'; annotations only for def.
    /// </summary>
    private Arguments ParseParameters(TokenKind closer, bool allowAnnotations)
    {
        var arguments = At(new Arguments(), Current);
        bool seenDefault = false;
        bool seenStar = false;
        bool seenSlash = false;
        while (Kind != closer)
        {
            if (Kind == TokenKind.Slash)
            {
                if (seenSlash || seenStar || arguments.Args.Count == 0)
                {
                    throw Error();
                }

                Advance();
                arguments.PosOnlyArgs.AddRange(arguments.Args);
                arguments.Args.Clear();
                seenSlash = true;
            }
            else if (Kind == TokenKind.Star)
            {
                if (seenStar)
                {
                    throw Error();
                }

                Advance();
                seenStar = true;
                if (Kind == TokenKind.Name)
                {
                    arguments.VarArg = ParseParameter(allowAnnotations);
                }
                else if (Kind != TokenKind.Comma || PeekKind() is TokenKind.DoubleStar || PeekKind() == closer)
                {
                    // A bare '*' must be followed by keyword-only parameters.
                    throw Error();
                }
            }
            else if (Kind == TokenKind.DoubleStar)
            {
                Advance();
                arguments.KwArg = ParseParameter(allowAnnotations);
                Accept(TokenKind.Comma);
                if (Kind != closer)
                {
                    throw Error();
                }

                break;
            }
            else
            {
                Arg arg = ParseParameter(allowAnnotations);
                Expr? defaultValue = Accept(TokenKind.Equal) ? ParseTest() : null;
                if (seenStar)
                {
                    arguments.KwOnlyArgs.Add(arg);
                    arguments.KwDefaults.Add(defaultValue);
                }
                else
                {
                    arguments.Args.Add(arg);
                    if (defaultValue is not null)
                    {
                        arguments.Defaults.Add(defaultValue);
                        seenDefault = true;
                    }
                    else if (seenDefault)
                    {
                        Defer(arg, "non-default argument follows default argument");
                    }
                }
            }

            if (!Accept(TokenKind.Comma))
            {
                break;
            }
        }

        return arguments;
    }

    private Arg ParseParameter(bool allowAnnotation)
    {
        Token start = Current;
        string name = ExpectName();
        Expr? annotation = allowAnnotation && Accept(TokenKind.Colon) ? ParseTest() : null;
        return At(new Arg(name, annotation), start);
    }
}
