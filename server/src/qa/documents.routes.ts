import cookieParser from 'cookie-parser';
import { Router, type NextFunction, type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import multer from 'multer';
import { randomUUID } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { SESSION_COOKIE } from '../auth/session.service.js';
import { badInput } from '../common/errors.js';
import type { Services } from '../services.js';
import type { FileRequest } from './documents.service.js';

const STATUS_BY_CODE: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409 };

/**
 * Documents over plain HTTP: `POST /files` (multipart/form-data, one part named "file") answers
 * 201 `{ id, filename, contentType, size }`; `GET /files/:id` streams the file as an attachment.
 * Errors are JSON `{ error: { code, field?, message } }` with the matching HTTP status.
 */
export function documentRoutes(services: Services): Router {
  const router = Router();
  const parseUpload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: services.documents.maxUploadBytes, files: 1, fields: 0, parts: 1 },
    defParamCharset: 'utf8',
  }).single('file');

  router.use('/files', cookieParser(), (req, res, next) => {
    res.locals.requestId = randomUUID();
    res.setHeader('x-request-id', res.locals.requestId);
    res.setHeader('cache-control', 'private, no-store');
    next();
  });

  router.post('/files', requirePreflightHeader, async (req, res) => {
    try {
      const request = await fileRequest(services, req, res);
      services.documents.assertCanUpload(request.auth.actor);
      await runUploadParser(parseUpload, req, res, services.config.maxUploadMb);
      const document = await services.documents.upload(request, req.file);
      res.status(201).json({ id: document.id, filename: document.filename, contentType: document.contentType, size: document.size });
    } catch (error) {
      sendError(res, error);
    }
  });

  router.get('/files/:id', async (req, res) => {
    try {
      const request = await fileRequest(services, req, res);
      const { document, stream } = await services.documents.download(request, String(req.params.id));
      res.attachment(document.filename);
      res.type(document.contentType);
      res.setHeader('content-length', String(document.size));
      await pipeline(stream, res);
    } catch (error) {
      if (res.headersSent) res.destroy();
      else sendError(res, error);
    }
  });

  return router;
}

/**
 * The same CSRF defence as Apollo's: a cross-site form can post multipart/form-data without a
 * preflight, but cannot add a custom header, so uploads must carry one.
 */
function requirePreflightHeader(req: Request, res: Response, next: NextFunction): void {
  if (req.get('apollo-require-preflight') || req.get('x-requested-with')) return next();
  res.status(400).json({
    error: { code: 'BAD_REQUEST', message: 'This upload has been blocked as a potential cross-site request forgery: send an "apollo-require-preflight" or "x-requested-with" header.' },
  });
}

async function fileRequest(services: Services, req: Request, res: Response): Promise<FileRequest> {
  return { requestId: res.locals.requestId as string, request: req, auth: { actor: await services.sessions.resolve(req.cookies?.[SESSION_COOKIE]) } };
}

function runUploadParser(parse: ReturnType<ReturnType<typeof multer>['single']>, req: Request, res: Response, maxUploadMb: number): Promise<void> {
  return new Promise((resolve, reject) => {
    parse(req, res, (error?: unknown) => {
      if (!error) return resolve();
      if (error instanceof multer.MulterError && error.code === 'LIMIT_FILE_SIZE') {
        return reject(badInput('file', `The selected file must be smaller than ${maxUploadMb}MB`));
      }
      if (error instanceof multer.MulterError) return reject(badInput('file', 'Select one file, sent as the form field "file"'));
      reject(badInput('file', 'The file could not be read: the upload was incomplete or malformed. Try again.'));
    });
  });
}

function sendError(res: Response, error: unknown): void {
  const code = error instanceof GraphQLError ? String(error.extensions.code) : '';
  const status = STATUS_BY_CODE[code];
  if (!status) {
    console.error(error);
    res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong. Try again.' } });
    return;
  }
  const field = (error as GraphQLError).extensions.field as string | undefined;
  res.status(status).json({ error: { code, ...(field ? { field } : {}), message: (error as GraphQLError).message } });
}
