/** Answers without a JSON document: declared so every route says what it sends back. */
import { z } from 'zod';

/** 204 No Content: the request succeeded and there is no body (`reply.status(204).send()`). */
export const noContentSchema = z.undefined().describe('No content');
