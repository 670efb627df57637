import { z } from 'zod';

/** The field shapes every part of the plan schema shares, so each rule is written once. */
export const id = z.string().min(1, 'must not be empty');
export const text = z.string();
export const nonNegative = z.number().min(0, 'must be 0 or more');
