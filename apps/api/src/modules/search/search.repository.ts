import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { serviceSearchSql, type SearchViewer, type ServiceSearchFilter } from './search.sql';

/** Runs the ranked service search; the services themselves are loaded by ServicesRepository. */
@Injectable()
export class SearchRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The ids of the matching services the viewer may see, best first; empty when the query holds no word. */
  async serviceIds(viewer: SearchViewer, filter: ServiceSearchFilter): Promise<string[]> {
    const statement = serviceSearchSql(viewer, filter);
    if (!statement) return [];
    const rows: { id: string }[] = await this.dataSource.query(statement.text, statement.values);
    return rows.map((row) => row.id);
  }
}
