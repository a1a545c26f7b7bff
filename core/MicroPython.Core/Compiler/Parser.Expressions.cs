using System.Collections.Generic;
using MicroPython.Compiler.Ast;

namespace MicroPython.Compiler;

public sealed partial class Parser
{
    // Precedence, loosest first: lambda, if-else, or, and, not, comparisons, |, ^, &, << >>, + -, * / // % @,
    // unary + - ~, **, await, primary (call, subscript, attribute), atom.

    /// <summary>True for tokens that can start an expression (used where an expression is optional).</summary>
    private static bool StartsExpression(TokenKind kind) => kind switch
    {
        TokenKind.Name or TokenKind.Number or TokenKind.String or TokenKind.None or TokenKind.True or TokenKind.False
            or TokenKind.Ellipsis or TokenKind.LeftParen or TokenKind.LeftBracket or TokenKind.LeftBrace
            or TokenKind.Minus or TokenKind.Plus or TokenKind.Tilde or TokenKind.Not or TokenKind.Lambda
            or TokenKind.Await or TokenKind.Star => true,
        _ => false,
    };

    /// <summary><c>star_expressions</c>: one expression, or a tuple when commas follow; items may be <c>*x</c>.</summary>
    private Expr ParseStarExpressions()
    {
        Token start = Current;
        Expr first = ParseStarExpression();
        if (Kind != TokenKind.Comma)
        {
            return first;
        }

        var elts = new List<Expr> { first };
        while (Accept(TokenKind.Comma) && StartsExpression(Kind))
        {
            elts.Add(ParseStarExpression());
        }

        return At(new Tuple(elts, ExprContext.Load), start);
    }

    private Expr ParseStarExpression()
    {
        if (Kind != TokenKind.Star)
        {
            return ParseTest();
        }

        Token star = Advance();
        return At(new Starred(ParseBitOr(), ExprContext.Load), star);
    }

    /// <summary>Display items and parenthesised items: <c>*x</c> or a named expression.</summary>
    private Expr ParseStarNamedExpression()
    {
        if (Kind != TokenKind.Star)
        {
            return ParseNamedExpression();
        }

        Token star = Advance();
        return At(new Starred(ParseBitOr(), ExprContext.Load), star);
    }

    /// <summary><c>name := value</c> where Python allows it, otherwise a plain expression.</summary>
    private Expr ParseNamedExpression() => CompleteNamedExpression(ParseTest());

    /// <summary>Turns an already parsed expression into <c>e := value</c> when ':=' follows.</summary>
    private Expr CompleteNamedExpression(Expr e)
    {
        if (Kind != TokenKind.ColonEqual)
        {
            return e;
        }

        Advance();
        Expr value = ParseTest();
        if (e is not Name name)
        {
            Defer(e, CannotAssign);
            return value;
        }

        name.Ctx = ExprContext.Store;
        return At(new NamedExpr(name, value), e);
    }

    /// <summary><c>expression</c>: conditional expression or lambda.</summary>
    private Expr ParseTest()
    {
        if (Kind == TokenKind.Lambda)
        {
            return ParseLambda();
        }

        // Composite nodes take the position of their first token, which is '(' when the left operand is
        // parenthesised (as in CPython), not the position of the operand itself.
        Token start = Current;
        Expr body = ParseOr();
        if (Kind != TokenKind.If)
        {
            return body;
        }

        Advance();
        Expr test = ParseOr();
        Expect(TokenKind.Else);
        EnterNesting();
        Expr orElse = ParseTest();
        ExitNesting();
        return At(new IfExp(test, body, orElse), start);
    }

    private Lambda ParseLambda()
    {
        Token start = Advance();
        Arguments args = ParseParameters(TokenKind.Colon, allowAnnotations: false);
        Expect(TokenKind.Colon);
        EnterNesting();
        _blocks.Add("<lambda>");
        Expr body = ParseTest();
        _blocks.RemoveAt(_blocks.Count - 1);
        ExitNesting();
        return At(new Lambda(args, body), start);
    }

    private Expr ParseOr()
    {
        Token start = Current;
        Expr first = ParseAnd();
        if (Kind != TokenKind.Or)
        {
            return first;
        }

        var values = new List<Expr> { first };
        while (Accept(TokenKind.Or))
        {
            values.Add(ParseAnd());
        }

        return At(new BoolOp(BoolOpKind.Or, values), start);
    }

    private Expr ParseAnd()
    {
        Token start = Current;
        Expr first = ParseNot();
        if (Kind != TokenKind.And)
        {
            return first;
        }

        var values = new List<Expr> { first };
        while (Accept(TokenKind.And))
        {
            values.Add(ParseNot());
        }

        return At(new BoolOp(BoolOpKind.And, values), start);
    }

    private Expr ParseNot()
    {
        if (Kind != TokenKind.Not)
        {
            return ParseComparison();
        }

        Token start = Advance();
        EnterNesting();
        Expr operand = ParseNot();
        ExitNesting();
        return At(new UnaryOp(UnaryOpKind.Not, operand), start);
    }

    private Expr ParseComparison()
    {
        Token start = Current;
        Expr left = ParseBitOr();
        if (!ComparisonOperator(out _))
        {
            return left;
        }

        var ops = new List<CmpOpKind>();
        var comparators = new List<Expr>();
        while (ComparisonOperator(out CmpOpKind op))
        {
            // "not in" and "is not" are two tokens.
            Advance();
            if (op is CmpOpKind.NotIn or CmpOpKind.IsNot)
            {
                Advance();
            }

            ops.Add(op);
            comparators.Add(ParseBitOr());
        }

        return At(new Compare(left, ops, comparators), start);
    }

    private bool ComparisonOperator(out CmpOpKind op)
    {
        switch (Kind)
        {
            case TokenKind.Less:
                op = CmpOpKind.Lt;
                return true;
            case TokenKind.Greater:
                op = CmpOpKind.Gt;
                return true;
            case TokenKind.EqualEqual:
                op = CmpOpKind.Eq;
                return true;
            case TokenKind.GreaterEqual:
                op = CmpOpKind.GtE;
                return true;
            case TokenKind.LessEqual:
                op = CmpOpKind.LtE;
                return true;
            case TokenKind.NotEqual:
                op = CmpOpKind.NotEq;
                return true;
            case TokenKind.In:
                op = CmpOpKind.In;
                return true;
            case TokenKind.Is:
                op = PeekKind() == TokenKind.Not ? CmpOpKind.IsNot : CmpOpKind.Is;
                return true;
            case TokenKind.Not when PeekKind() == TokenKind.In:
                op = CmpOpKind.NotIn;
                return true;
            default:
                op = default;
                return false;
        }
    }

    /// <summary>The <c>|</c> level: what comparisons, star items and targets are made of.</summary>
    private Expr ParseBitOr() => ParseBinary(1);

    /// <summary>Left-associative binary operators by precedence climbing (levels 1 '|' to 6 '*').</summary>
    private Expr ParseBinary(int minPrecedence)
    {
        Token start = Current;
        Expr left = ParseFactor();
        while (true)
        {
            int precedence = BinaryPrecedence(Kind, out OperatorKind op);
            if (precedence < minPrecedence)
            {
                return left;
            }

            Advance();
            Expr right = ParseBinary(precedence + 1);
            left = At(new BinOp(left, op, right), start);
        }
    }

    private static int BinaryPrecedence(TokenKind kind, out OperatorKind op)
    {
        switch (kind)
        {
            case TokenKind.Pipe:
                op = OperatorKind.BitOr;
                return 1;
            case TokenKind.Caret:
                op = OperatorKind.BitXor;
                return 2;
            case TokenKind.Ampersand:
                op = OperatorKind.BitAnd;
                return 3;
            case TokenKind.LeftShift:
                op = OperatorKind.LShift;
                return 4;
            case TokenKind.RightShift:
                op = OperatorKind.RShift;
                return 4;
            case TokenKind.Plus:
                op = OperatorKind.Add;
                return 5;
            case TokenKind.Minus:
                op = OperatorKind.Sub;
                return 5;
            case TokenKind.Star:
                op = OperatorKind.Mult;
                return 6;
            case TokenKind.Slash:
                op = OperatorKind.Div;
                return 6;
            case TokenKind.DoubleSlash:
                op = OperatorKind.FloorDiv;
                return 6;
            case TokenKind.Percent:
                op = OperatorKind.Mod;
                return 6;
            case TokenKind.At:
                op = OperatorKind.MatMult;
                return 6;
            default:
                op = default;
                return 0;
        }
    }

    /// <summary>Unary + - ~, which bind looser than ** on their right: -2**2 is -(2**2).</summary>
    private Expr ParseFactor()
    {
        UnaryOpKind op;
        switch (Kind)
        {
            case TokenKind.Minus:
                op = UnaryOpKind.USub;
                break;
            case TokenKind.Plus:
                op = UnaryOpKind.UAdd;
                break;
            case TokenKind.Tilde:
                op = UnaryOpKind.Invert;
                break;
            default:
                return ParsePower();
        }

        Token start = Advance();
        EnterNesting();
        Expr operand = ParseFactor();
        ExitNesting();
        return At(new UnaryOp(op, operand), start);
    }

    /// <summary><c>await_primary ['**' factor]</c>: right-associative, and the exponent may be negated (2**-1).</summary>
    private Expr ParsePower()
    {
        Token start = Current;
        Expr left = ParseAwaitPrimary();
        if (Kind != TokenKind.DoubleStar)
        {
            return left;
        }

        Advance();
        EnterNesting();
        Expr right = ParseFactor();
        ExitNesting();
        return At(new BinOp(left, OperatorKind.Pow, right), start);
    }

    private Expr ParseAwaitPrimary()
    {
        if (Kind != TokenKind.Await)
        {
            return ParsePrimary();
        }

        Token start = Advance();
        return At(new Await(ParsePrimary()), start);
    }

    /// <summary>An atom followed by any number of <c>.name</c>, <c>(args)</c> and <c>[index]</c>.</summary>
    private Expr ParsePrimary()
    {
        Token start = Current;
        Expr e = ParseAtom();
        while (true)
        {
            switch (Kind)
            {
                case TokenKind.Dot:
                    Advance();
                    e = At(new Attribute(e, ExpectName(), ExprContext.Load), start);
                    break;
                case TokenKind.LeftParen:
                    e = ParseCall(e, start);
                    break;
                case TokenKind.LeftBracket:
                    e = ParseSubscript(e, start);
                    break;
                default:
                    return e;
            }
        }
    }

    private Expr ParseAtom()
    {
        Token token = Current;
        switch (token.Kind)
        {
            case TokenKind.Name:
                Advance();
                return At(new Name((string)token.Value!, ExprContext.Load), token);
            case TokenKind.Number:
            {
                var number = (NumberLiteral)token.Value!;
                if (number.Error is not null)
                {
                    throw Error(token.Line, number.Error);
                }

                Advance();
                return At(new Constant(number.Kind, number.Value), token);
            }

            case TokenKind.String:
                return ParseStrings();
            case TokenKind.None:
                Advance();
                return At(new Constant(ConstantKind.None, null), token);
            case TokenKind.True:
                Advance();
                return At(new Constant(ConstantKind.True, true), token);
            case TokenKind.False:
                Advance();
                return At(new Constant(ConstantKind.False, false), token);
            case TokenKind.Ellipsis:
                Advance();
                return At(new Constant(ConstantKind.Ellipsis, null), token);
            case TokenKind.LeftParen:
                return ParseParenthesized();
            case TokenKind.LeftBracket:
                return ParseListDisplay();
            case TokenKind.LeftBrace:
                return ParseDictOrSetDisplay();
            default:
                throw Error();
        }
    }

    /// <summary>Targets of <c>for</c>: <c>|</c>-level expressions (so <c>in</c> is not consumed), optionally starred.</summary>
    private Expr ParseTargetList()
    {
        Token start = Current;
        Expr first = ParseStarTarget();
        if (Kind != TokenKind.Comma)
        {
            return first;
        }

        var elts = new List<Expr> { first };
        while (Accept(TokenKind.Comma) && Kind != TokenKind.In)
        {
            elts.Add(ParseStarTarget());
        }

        return At(new Tuple(elts, ExprContext.Load), start);
    }

    private Expr ParseStarTarget()
    {
        if (Kind != TokenKind.Star)
        {
            return ParseBitOr();
        }

        Token star = Advance();
        return At(new Starred(ParseBitOr(), ExprContext.Load), star);
    }

    private Subscript ParseSubscript(Expr value, in Token valueStart)
    {
        Advance();
        EnterNesting();
        Token start = Current;
        Expr index = ParseSliceItem();
        if (Kind == TokenKind.Comma)
        {
            var elts = new List<Expr> { index };
            while (Accept(TokenKind.Comma) && Kind != TokenKind.RightBracket)
            {
                elts.Add(ParseSliceItem());
            }

            index = At(new Tuple(elts, ExprContext.Load), start);
        }

        Expect(TokenKind.RightBracket);
        ExitNesting();
        return At(new Subscript(value, index, ExprContext.Load), valueStart);
    }

    /// <summary>An index (which may be <c>x := v</c>) or a <c>lower:upper:step</c> slice with every part optional.</summary>
    private Expr ParseSliceItem()
    {
        Token start = Current;
        Expr? lower = null;
        if (Kind != TokenKind.Colon)
        {
            lower = ParseTest();
            if (Kind == TokenKind.ColonEqual)
            {
                // A slice bound cannot be a named expression, so whatever follows must end the item.
                return CompleteNamedExpression(lower);
            }

            if (Kind != TokenKind.Colon)
            {
                return lower;
            }
        }

        Advance();
        Expr? upper = Kind is TokenKind.Colon or TokenKind.Comma or TokenKind.RightBracket ? null : ParseTest();
        Expr? step = null;
        if (Accept(TokenKind.Colon) && Kind is not (TokenKind.Comma or TokenKind.RightBracket))
        {
            step = ParseTest();
        }

        return At(new Slice(lower, upper, step), start);
    }

    /// <summary><c>yield</c>, <c>yield value(s)</c> or <c>yield from iterable</c>.</summary>
    private Expr ParseYieldExpression()
    {
        Token start = Advance();
        if (Accept(TokenKind.From))
        {
            return At(new YieldFrom(ParseTest()), start);
        }

        if (!StartsExpression(Kind))
        {
            return At(new Yield(null), start);
        }

        Expr value = ParseStarExpressions();
        RejectBareStarred(value);
        return At(new Yield(value), start);
    }
}
