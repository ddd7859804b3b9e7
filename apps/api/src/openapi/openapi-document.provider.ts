import { Injectable, NotFoundException } from '@nestjs/common';
import { OpenAPIObject } from '@nestjs/swagger';
import { problem } from '../problems/problem';

/** Holds the document setupOpenApi built, for the controller to serve. */
@Injectable()
export class OpenApiDocumentHolder {
  private document?: OpenAPIObject;

  set(document: OpenAPIObject): void {
    this.document = document;
  }

  get(): OpenAPIObject {
    if (!this.document)
      throw new NotFoundException(problem(404, 'The API documentation has not been set up (setupOpenApi).'));
    return this.document;
  }
}
